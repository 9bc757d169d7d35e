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
