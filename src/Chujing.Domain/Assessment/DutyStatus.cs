namespace Chujing.Domain.Assessment;

/// <summary>Whether a duty binds this activity.</summary>
public enum DutyStatus
{
    /// <summary>The duty binds.</summary>
    Required,

    /// <summary>The duty binds only if a fact the activity does not state holds (e.g. consent as the legal basis).</summary>
    Conditional,

    /// <summary>The activity's stated facts take it outside the duty (e.g. separate consent where the basis is a contract).</summary>
    NotRequired,
}
