using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// Payment card numbers: 15-19 digits (optionally in groups separated by spaces or hyphens) with an issuer prefix of
/// UnionPay (62, 60, 9558/9559 legacy domestic debit), Visa (4), Mastercard (51-55, 2221-2720), JCB (35) or
/// American Express (34/37, 15 digits), and a valid Luhn (ISO/IEC 7812) check digit. A number with an issuer prefix
/// and length but a failed Luhn check is <see cref="DetectorMatch.Suspect"/> (one mistyped digit gives that).
/// </summary>
public sealed class BankCardDetector : Detector
{
    public override string Id => "bank-card";

    public override string Rule => "issuer prefix (UnionPay 62…, Visa, Mastercard, JCB, Amex), 15-19 digits, Luhn check digit";

    public override bool HasChecksum => true;

    public override string SuspectRule => "an issuer prefix and 15-19 digits, but a failed Luhn check digit";

    public override bool SuspectNeedsPassingMajority => true;

    public override IReadOnlyList<string> MustMatch { get; } =
    [
        "6222021234567890128", "6217001234567893", "4111111111111111", "5432109876543212", "622848001234567811",
        "378282246310005", "6222 0212 3456 7890 128", "4111-1111-1111-1111",
    ];

    public override IReadOnlyList<string> MustNotMatch { get; } =
    [
        "1234567890123452", "411111111111", "62220212345678901281234",
        "11010519491231002X", "13800138000", "", "4111 1111 1111 111a", "7222021234567890127",
    ];

    public override IReadOnlyList<string> MustBeSuspect { get; } = ["6222021234567890127", "6217001234567894", "378282246310006", "4111-1111-1111-1112"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length is < 15 or > 23)
        {
            return DetectorMatch.None;
        }

        Span<char> digits = stackalloc char[23];
        var count = Digits(value, digits);
        if (count == 0 || !HasIssuerShape(digits[..count]))
        {
            return DetectorMatch.None;
        }

        return Luhn(digits[..count]) ? DetectorMatch.Match : DetectorMatch.Suspect;
    }

    /// <summary>The digits without separators.</summary>
    public override int Canonicalize(ReadOnlySpan<char> value, Span<char> destination) => Digits(value, destination);

    /// <summary>The Luhn check over all digits (the last one being the check digit).</summary>
    internal static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    private static int Digits(ReadOnlySpan<char> value, Span<char> destination)
    {
        var count = 0;
        var previousSeparator = true;
        foreach (var c in value)
        {
            if (CalendarDate.IsDigit(c))
            {
                if (count == 19)
                {
                    return 0;
                }

                destination[count++] = c;
                previousSeparator = false;
            }
            else if ((c == ' ' || c == '-') && !previousSeparator)
            {
                previousSeparator = true;
            }
            else
            {
                return 0;
            }
        }

        return previousSeparator ? 0 : count;
    }

    private static bool HasIssuerShape(ReadOnlySpan<char> d)
    {
        var length = d.Length;
        if (length < 15)
        {
            return false;
        }

        var known = d[0] switch
        {
            '6' => d[1] is '2' or '0' && length >= 16,
            '4' => length >= 16,
            '5' => d[1] is >= '1' and <= '5' && length == 16,
            '2' => length == 16 && CalendarDate.Number(d[..4]) is >= 2221 and <= 2720,
            '3' => (d[1] == '5' && length >= 16) || (d[1] is '4' or '7' && length == 15),
            '9' => d[1] == '5' && d[2] == '5' && d[3] is '8' or '9' && length >= 16,
            _ => false,
        };
        return known;
    }
}
