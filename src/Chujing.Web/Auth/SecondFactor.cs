namespace Chujing.Web.Auth;

/// <summary>What sign-in still needs after a correct password.</summary>
public enum SecondFactor
{
    /// <summary>Nothing: the password signs in.</summary>
    None,

    /// <summary>The code of the account's authenticator app (or a recovery code).</summary>
    Code,

    /// <summary>An official without an authenticator where officials need one: enrol first.</summary>
    Enrol,
}
