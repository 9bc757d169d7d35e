using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// Resident identity card numbers (居民身份证号码, GB 11643-1999): 18 characters — a 6-digit region code whose first two
/// digits are a province, a real birth date (YYYYMMDD), a 3-digit sequence and the ISO 7064 MOD 11-2 check character
/// (0-9 or X). Also the 15-digit numbers issued before 1999 (YYMMDD in the 20th century, no check character).
/// Made with the scan's date, a birth date after it is not real either. Eighteen characters with a province code and
/// a real birth date whose check character is wrong are <see cref="DetectorMatch.Suspect"/> (a typing error in one
/// digit gives that); order numbers are built the same way, which is why suspect values count only in a column named
/// for ID numbers.
/// </summary>
public sealed class ResidentIdDetector : Detector
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";
    private readonly int _latestBirth;

    /// <summary>A detector accepting any birth date up to 2099.</summary>
    public ResidentIdDetector()
        : this(null)
    {
    }

    /// <summary>A detector refusing birth dates after <paramref name="asOf"/> (the scan's date), when given.</summary>
    public ResidentIdDetector(DateOnly? asOf) => _latestBirth = asOf is { } date ? Compact(date) : int.MaxValue;

    public override string Id => "cn-resident-id";

    public override string Rule => "GB 11643: province region code, real birth date, MOD 11-2 check character (or the 15-digit legacy form)";

    public override bool HasChecksum => true;

    public override string SuspectRule => "18 characters with a province code and a real birth date, but the wrong MOD 11-2 check character";

    public override bool SuspectNeedsPassingMajority => true;

    public override IReadOnlyList<string> MustMatch { get; } =
    [
        "11010519491231002X", "11010519491231002x", "440304199001011233", "320106200002293455", "510107198512315679",
        "62010219761005001X", "110105491231002",
    ];

    public override IReadOnlyList<string> MustNotMatch { get; } =
    [
        "320106200102293451", "990106200002293455", "510107198513315679",
        "51010718851231567X", "11010519491231002", "1101051949123100211", "11010519491231002Y", "110105491331002",
        "622202123456789012", "", "abcdefghijklmnopqr", "91010519491231002X",
    ];

    public override IReadOnlyList<string> MustBeSuspect { get; } = ["110105194912310021", "440304199001011234", "320106200002293450"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length == 18)
        {
            return Check18(value) switch
            {
                DetectorMatch.Match or DetectorMatch.Suspect when BirthDate(value) > _latestBirth => DetectorMatch.None,
                var result => result,
            };
        }

        if (value.Length == 15)
        {
            return CalendarDate.AllDigits(value)
                && RegionCodes.IsProvince(value[0], value[1])
                && CalendarDate.IsReal(1900 + CalendarDate.Number(value.Slice(6, 2)), CalendarDate.Number(value.Slice(8, 2)), CalendarDate.Number(value.Slice(10, 2)))
                && BirthDate(value) <= _latestBirth
                ? DetectorMatch.Match
                : DetectorMatch.None;
        }

        return DetectorMatch.None;
    }

    /// <summary>The birth date of a matching 18- or 15-digit number as the number yyyymmdd.</summary>
    public static int BirthDate(ReadOnlySpan<char> id) =>
        id.Length == 15 ? 19_000_000 + CalendarDate.Number(id.Slice(6, 6)) : CalendarDate.Number(id.Slice(6, 8));

    /// <summary><paramref name="date"/> as the number yyyymmdd.</summary>
    public static int Compact(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    /// <summary>Upper-cases the check character so that <c>x</c> and <c>X</c> are one person.</summary>
    public override int Canonicalize(ReadOnlySpan<char> value, Span<char> destination)
    {
        value.CopyTo(destination);
        if (value.Length == 18 && destination[17] == 'x')
        {
            destination[17] = 'X';
        }

        return value.Length;
    }

    private static DetectorMatch Check18(ReadOnlySpan<char> value)
    {
        if (!RegionCodes.IsProvince(value[0], value[1]))
        {
            return DetectorMatch.None;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var d = value[i] - '0';
            if ((uint)d > 9)
            {
                return DetectorMatch.None;
            }

            sum += d * Weights[i];
        }

        if (!CalendarDate.IsRealCompact(value.Slice(6, 8)))
        {
            return DetectorMatch.None;
        }

        var last = value[17] == 'x' ? 'X' : value[17];
        return last == CheckCharacters[sum % 11] ? DetectorMatch.Match : CalendarDate.IsDigit(last) || last == 'X' ? DetectorMatch.Suspect : DetectorMatch.None;
    }
}
