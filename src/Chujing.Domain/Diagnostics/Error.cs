namespace Chujing.Domain.Diagnostics;

/// <summary>
/// Why an expected outcome did not come about — a closed set: <see cref="InvalidError"/> (the input, with every
/// diagnostic), <see cref="NotFoundError"/>, <see cref="ForbiddenError"/>, <see cref="ConflictError"/>. Hosts map
/// each to their answer in one place (HTTP status, exit code, page).
/// </summary>
public abstract record Error
{
    private protected Error(string message) => Message = message;

    /// <summary>What went wrong, as one sentence.</summary>
    public string Message { get; }
}
