using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// Vehicle identification numbers (ISO 3779; GB 16735 in China): 17 characters of 0-9 and A-Z without I, O and Q,
/// a manufacturer identifier (WMI) holding a letter, and a model-year character that is not U, Z or 0.
/// The check digit at position 9 (the North-American scheme, which GB 16735 also requires for vehicles sold in
/// China) makes a <see cref="DetectorMatch.Match"/>; a well-formed VIN without it (European makers need not use it)
/// is <see cref="DetectorMatch.Suspect"/>.
/// </summary>
public sealed class VinDetector : Detector
{
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly sbyte[] Values = BuildValues();

    public override string Id => "vin";

    public override string Rule => "ISO 3779: 17 characters without I/O/Q; check digit at position 9 (GB 16735), failures reported as suspect";

    public override bool HasChecksum => true;

    /// <summary>The check digit is optional outside North America and China, so a column of European VINs fails it throughout: no majority is asked for.</summary>
    public override string SuspectRule => "17 characters of a VIN's form, but the check digit at position 9 does not agree (optional for makers outside North America and China)";

    public override IReadOnlyList<string> MustMatch { get; } =
        ["LSVAU2187N2123456", "LFV3A23C7K3012345", "1HGCM82633A004352", "LGWEF4A53PF123456"];

    public override IReadOnlyList<string> MustNotMatch { get; } =
    [
        "LSVAU2187N212345", "LSVAU2187N21234567", "LSVAU2187N212345I", "LSVAU2187N212O456", "12345678901234567",
        "LSVAU2187U2123456", "lsvau2187n2123456", "", "LSVAU2187N212345Q",
    ];

    public override IReadOnlyList<string> MustBeSuspect { get; } = ["LSVAU2180N2123456", "WVWZZZ1JZXW000001"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length != 17 || value[9] is 'U' or 'Z' or '0')
        {
            return DetectorMatch.None;
        }

        var sum = 0;
        var wmiHasLetter = false;
        for (var i = 0; i < 17; i++)
        {
            var v = Transliterate(value[i]);
            if (v < 0)
            {
                return DetectorMatch.None;
            }

            if (i < 3 && !CalendarDate.IsDigit(value[i]))
            {
                wmiHasLetter = true;
            }

            sum += v * Weights[i];
        }

        if (!wmiHasLetter)
        {
            return DetectorMatch.None;
        }

        var remainder = sum % 11;
        var expected = remainder == 10 ? 'X' : (char)('0' + remainder);
        return value[8] == expected ? DetectorMatch.Match : DetectorMatch.Suspect;
    }

    /// <summary>The ISO 3779 transliteration value, or -1 for a character a VIN cannot hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Transliterate(char c) => c < Values.Length ? Values[c] : -1;

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var c = '0'; c <= '9'; c++)
        {
            values[c] = (sbyte)(c - '0');
        }

        const string letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        ReadOnlySpan<sbyte> letterValues = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9];
        for (var i = 0; i < letters.Length; i++)
        {
            values[letters[i]] = letterValues[i];
        }

        return values;
    }
}
