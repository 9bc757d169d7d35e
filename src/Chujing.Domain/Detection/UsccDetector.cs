using System.Runtime.CompilerServices;
using Chujing.Domain.Identifiers;

namespace Chujing.Domain.Detection;

/// <summary>
/// Unified social credit codes (统一社会信用代码, GB 32100-2015) of organisations: a registration authority
/// (1-9, A, N, Y), an organisation category, a 6-digit region code (province-level prefix, or 10 for central
/// registrations), a 9-character organisation code and the check character (<see cref="Uscc"/>).
/// A well-formed code whose check character fails is <see cref="DetectorMatch.Suspect"/>: some early pilot codes
/// are legal and wrong, so they are reported rather than dropped.
/// </summary>
public sealed class UsccDetector : Detector
{
    public override string Id => "uscc";

    public override string Rule => "GB 32100: authority, category, region code, organisation code, modulo-31 check character (failures reported as suspect)";

    public override bool HasChecksum => true;

    public override string SuspectRule => "an authority, category and region code of the GB 32100 form, but the wrong modulo-31 check character";

    public override bool SuspectNeedsPassingMajority => true;

    public override IReadOnlyList<string> MustMatch { get; } =
        ["91350100M000100Y43", "91110000100000000R", "91440300MA5F123452", "52110000500021676T", "12100000400010398P"];

    public override IReadOnlyList<string> MustNotMatch { get; } =
    [
        "11010519491231002X", "440304199001011233", "91350100M000100Y4", "91350100M000100I43", "Z1350100M000100Y43",
        "91990100M000100Y43", "913501OOM000100Y43", "", "91350100m000100y43",
    ];

    public override IReadOnlyList<string> MustBeSuspect { get; } =
        ["91350100M000100Y40", "911100001000000000", "91440300MA5F123450"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length != 18 || !IsWellFormedPrefix(value))
        {
            return DetectorMatch.None;
        }

        return Uscc.Check(value) switch
        {
            UsccCheck.Valid => DetectorMatch.Match,
            UsccCheck.CheckCharacterMismatch => DetectorMatch.Suspect,
            _ => DetectorMatch.None,
        };
    }

    private static bool IsWellFormedPrefix(ReadOnlySpan<char> value)
    {
        var authority = value[0];
        if (!(CalendarDate.IsDigit(authority) && authority != '0') && authority is not ('A' or 'N' or 'Y'))
        {
            return false;
        }

        if (value[1] is not (>= '1' and <= '9'))
        {
            return false;
        }

        return CalendarDate.AllDigits(value.Slice(2, 6)) && (RegionCodes.IsProvince(value[2], value[3]) || (value[2] == '1' && value[3] == '0'));
    }
}
