using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// Travel permits between the Mainland and Hong Kong, Macao and Taiwan: 往来港澳通行证 (C + 8 digits, or C + letter +
/// 7 digits), 港澳居民来往内地通行证 (H or M + 8 digits, or + 10 in the older form) and 往来台湾通行证 (L + 8 digits).
/// </summary>
public sealed class TravelPermitDetector : Detector
{
    public override string Id => "cn-travel-permit";

    public override string Rule => "C/L + 8 digits, C + letter + 7 digits, H/M + 8 or 10 digits";

    /// <summary>A letter and eight digits is also what many customer and order numbers look like, and there is no check digit.</summary>
    public override NameEvidence NameEvidence => NameEvidence.Required;

    public override IReadOnlyList<string> MustMatch { get; } = ["C12345678", "CA1234567", "H12345678", "M1234567890", "L12345678"];

    public override IReadOnlyList<string> MustNotMatch { get; } = ["C1234567", "H123456789", "E12345678", "CI1234567", "c12345678", "", "L1234567X"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length is < 9 or > 11)
        {
            return DetectorMatch.None;
        }

        var ok = value[0] switch
        {
            'C' => value.Length == 9 && (CalendarDate.AllDigits(value[1..]) || (value[1] is >= 'A' and <= 'Z' and not 'I' and not 'O' && CalendarDate.AllDigits(value[2..]))),
            'H' or 'M' => value.Length is 9 or 11 && CalendarDate.AllDigits(value[1..]),
            'L' => value.Length == 9 && CalendarDate.AllDigits(value[1..]),
            _ => false,
        };
        return ok ? DetectorMatch.Match : DetectorMatch.None;
    }
}
