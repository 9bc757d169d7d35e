namespace Chujing.Domain.Identifiers;

/// <summary>The outcome of checking a unified social credit code, so that callers can say what is wrong.</summary>
public enum UsccCheck
{
    /// <summary>Length, alphabet and check character all hold.</summary>
    Valid,

    /// <summary>Not 18 characters.</summary>
    WrongLength,

    /// <summary>A character outside 0-9 and A-Y less I, O, Z, S, V.</summary>
    InvalidCharacter,

    /// <summary>Well formed but the check character does not match (some early pilot codes are like this).</summary>
    CheckCharacterMismatch,
}
