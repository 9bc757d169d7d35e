using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Identifiers;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters over the 31-character
/// alphabet 0-9 and A-Y without I, O, Z, S, V; the last character is a check character (modulo 31).
/// </summary>
/// <remarks>Thread-safe; allocation-free.</remarks>
public static class Uscc
{
    /// <summary>The code alphabet in value order (GB 32100 table 1).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Checks length, alphabet and check character. Upper case only, as the standard writes it.</summary>
    public static UsccCheck Check(ReadOnlySpan<char> code)
    {
        if (code.Length != 18)
        {
            return UsccCheck.WrongLength;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return UsccCheck.InvalidCharacter;
            }

            sum += value * Weights[i];
        }

        var last = Alphabet.IndexOf(code[17], StringComparison.Ordinal);
        if (last < 0)
        {
            return UsccCheck.InvalidCharacter;
        }

        return last == ComputeCheckValue(sum) ? UsccCheck.Valid : UsccCheck.CheckCharacterMismatch;
    }

    /// <summary>
    /// The one judgement of a processor's code for the platform and the ledger alike: null when <paramref name="code"/>
    /// is valid (<see cref="Check"/>) and assigned — the registration authority (character 1) is never 0 and the
    /// administrative division (characters 3–8) is six digits other than 000000 — else a diagnostic on
    /// <paramref name="field"/> that says which rule fails.
    /// </summary>
    public static Diagnostic? Validate(ReadOnlySpan<char> code, string field, string? source = null, int line = 0)
    {
        var check = Check(code);
        var text = code.ToString();
        string? message = check switch
        {
            UsccCheck.WrongLength => $"'{text}' is not a valid unified social credit code: it must have 18 characters",
            UsccCheck.InvalidCharacter => $"'{text}' is not a valid unified social credit code: a character is outside the GB 32100 alphabet (0-9, A-Y without I, O, Z, S, V)",
            UsccCheck.CheckCharacterMismatch => $"'{text}' is not a valid unified social credit code: the check character does not match",
            _ when code[0] == '0' || code.Slice(2, 6).ContainsAnyExceptInRange('0', '9') || code.Slice(2, 6).SequenceEqual("000000") =>
                $"'{text}' is not an assigned unified social credit code: the registration authority (character 1) is never 0 and the administrative division (characters 3-8) is six digits other than 000000",
            _ => null,
        };
        return message is null ? null : new Diagnostic(source, line, 0, field, message);
    }

    /// <summary>True when <see cref="Check"/> is <see cref="UsccCheck.Valid"/>.</summary>
    public static bool IsValid(ReadOnlySpan<char> code) => Check(code) == UsccCheck.Valid;

    /// <summary>The check character for the first 17 characters (which must be in the alphabet).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("17 characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the GB 32100 alphabet.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[ComputeCheckValue(sum)];
    }

    private static int ComputeCheckValue(int sum)
    {
        var check = 31 - (sum % 31);
        return check == 31 ? 0 : check;
    }
}
