namespace Chujing.Domain.Diagnostics;

/// <summary>An expected outcome: a value, or every diagnostic that prevented it. Never both, never neither.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        _value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>True when there is a value.</summary>
    public bool IsSuccess => Diagnostics.Count == 0;

    /// <summary>The problems found; empty on success.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The value. Throws <see cref="InvalidOperationException"/> when the result failed.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("The result failed: " + Diagnostics[0]);

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentOutOfRangeException.ThrowIfZero(diagnostics.Count);
        return new Result<T>(default, diagnostics);
    }

    public static Result<T> Failure(Diagnostic diagnostic) => Failure([diagnostic]);

    /// <summary>The value, or an <see cref="InvalidInputException"/> carrying the diagnostics.</summary>
    public T ValueOrThrow() => IsSuccess ? _value! : throw new InvalidInputException(Diagnostics);
}
