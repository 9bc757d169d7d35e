namespace Chujing.Domain.Diagnostics;

/// <summary>
/// An expected outcome: a value, or the <see cref="Error"/> that prevented it (most often every diagnostic of an
/// invalid input). Never both, never neither.
/// </summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>True when there is a value.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>Why there is no value; null on success.</summary>
    public Error? Error { get; }

    /// <summary>The problems of an invalid input; empty on success and for the other errors.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Error is InvalidError invalid ? invalid.Diagnostics : [];

    /// <summary>The value. Throws <see cref="InvalidOperationException"/> when the result failed.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("The result failed: " + Error!.Message);

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentOutOfRangeException.ThrowIfZero(diagnostics.Count);
        return new Result<T>(default, new InvalidError(diagnostics));
    }

    public static Result<T> Failure(Diagnostic diagnostic) => Failure([diagnostic]);

    public static Result<T> Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result<T>(default, error);
    }

#pragma warning disable CA2225 // Named alternatives exist: Success and Failure.
    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
#pragma warning restore CA2225

    /// <summary>The value of a success, or this result's error carried over to another value type.</summary>
    public Result<TOther> Map<TOther>(Func<T, TOther> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsSuccess ? Result<TOther>.Success(map(_value!)) : Result<TOther>.Failure(Error!);
    }

    /// <summary>The value, or an <see cref="InvalidInputException"/> carrying the diagnostics.</summary>
    public T ValueOrThrow() => IsSuccess ? _value! : throw new InvalidInputException(Diagnostics.Count > 0 ? Diagnostics : [new Diagnostic(null, 0, 0, null, Error!.Message)]);
}
