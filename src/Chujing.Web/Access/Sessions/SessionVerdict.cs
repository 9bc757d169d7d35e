namespace Chujing.Web.Access.Sessions;

/// <summary>What <see cref="SessionSnapshot.Judge"/> decides about a cookie.</summary>
public enum SessionVerdict
{
    /// <summary>The cookie stands as it is.</summary>
    Valid,

    /// <summary>Still the same session, but a shown detail (the display name) changed: the cookie is reissued.</summary>
    Outdated,

    /// <summary>Signed out, locked, a new password, another role or tenant, or no account: 401.</summary>
    Refused,
}
