using System.Buffers;
using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// Mainland China vehicle licence plates (GA 36): a province abbreviation, an issuing-authority letter, then five
/// characters (regular plates, the last possibly 挂/学/警/港/澳/领/试/超) or six (new-energy plates: D-K first for small
/// vehicles, or five digits then D-K for large ones). A middle dot, space or hyphen after the letter is allowed.
/// </summary>
public sealed class LicensePlateDetector : Detector
{
    private static readonly SearchValues<char> Provinces = SearchValues.Create("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");
    private static readonly SearchValues<char> Suffixes = SearchValues.Create("挂学警港澳领试超");

    public override string Id => "cn-license-plate";

    public override string Rule => "province abbreviation + authority letter + 5 characters (regular) or 6 (new-energy, D-K letter)";

    public override IReadOnlyList<string> MustMatch { get; } =
        ["京A12345", "粤B·D12345", "沪AD12345", "苏E12345F", "浙A1B2C3", "川A1234学", "京A F1234", "鲁B-12345", "粤BAB123D"];

    public override IReadOnlyList<string> MustNotMatch { get; } =
        ["A12345", "京12345", "京A1234", "京A123456789", "北A12345", "京I12345", "京AO1234", "", "京A12345X1"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length is < 7 or > 9 || !Provinces.Contains(value[0]) || !IsLetter(value[1]))
        {
            return DetectorMatch.None;
        }

        var rest = value[2..];
        if (rest[0] is '·' or ' ' or '-' or '•')
        {
            rest = rest[1..];
        }

        if (rest.Length == 5)
        {
            for (var i = 0; i < 4; i++)
            {
                if (!IsLetterOrDigit(rest[i]))
                {
                    return DetectorMatch.None;
                }
            }

            return IsLetterOrDigit(rest[4]) || Suffixes.Contains(rest[4]) ? DetectorMatch.Match : DetectorMatch.None;
        }

        if (rest.Length == 6)
        {
            // Small new-energy vehicles: D-K then one letter or digit then four digits; large ones: five digits then D-K.
            if (IsNewEnergyLetter(rest[0]) && IsLetterOrDigit(rest[1]) && CalendarDate.AllDigits(rest[2..]))
            {
                return DetectorMatch.Match;
            }

            if (CalendarDate.AllDigits(rest[..5]) && IsNewEnergyLetter(rest[5]))
            {
                return DetectorMatch.Match;
            }

            // Mixed small-vehicle serials such as 粤BAB123D are the large-vehicle form with letters early.
            return IsLetterOrDigit(rest[0]) && IsLetterOrDigit(rest[1]) && CalendarDate.AllDigits(rest[2..5]) && IsNewEnergyLetter(rest[5])
                ? DetectorMatch.Match
                : DetectorMatch.None;
        }

        return DetectorMatch.None;
    }

    private static bool IsLetter(char c) => c is >= 'A' and <= 'Z' and not 'I' and not 'O';

    private static bool IsLetterOrDigit(char c) => CalendarDate.IsDigit(c) || IsLetter(c);

    private static bool IsNewEnergyLetter(char c) => c is >= 'D' and <= 'K' and not 'I';
}
