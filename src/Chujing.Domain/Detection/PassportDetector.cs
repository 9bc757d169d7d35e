using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// People's Republic of China passport numbers: ordinary passports E + 8 digits or E + letter + 7 digits (since 2017),
/// older G + 8 digits; official passports D/S/P (optionally followed by E) + 7 or 8 digits.
/// </summary>
public sealed class PassportDetector : Detector
{
    public override string Id => "cn-passport";

    public override string Rule => "E/G + 8 digits, E + letter + 7 digits, or D/S/P(E) + 7-8 digits";

    /// <summary>A letter and eight digits is also what many customer and order numbers look like, and there is no check digit.</summary>
    public override NameEvidence NameEvidence => NameEvidence.Required;

    public override IReadOnlyList<string> MustMatch { get; } = ["E12345678", "EA1234567", "G12345678", "P1234567", "DE1234567", "S12345678"];

    public override IReadOnlyList<string> MustNotMatch { get; } = ["E1234567", "EI1234567", "A12345678", "E123456789", "e12345678", "", "C12345678", "EAB123456"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length is < 8 or > 9)
        {
            return DetectorMatch.None;
        }

        var ok = value[0] switch
        {
            'E' => value.Length == 9 && (CalendarDate.AllDigits(value[1..]) || (IsSerialLetter(value[1]) && CalendarDate.AllDigits(value[2..]))),
            'G' => value.Length == 9 && CalendarDate.AllDigits(value[1..]),
            'D' or 'S' or 'P' => CalendarDate.AllDigits(value[1..]) || (value[1] == 'E' && value.Length == 9 && CalendarDate.AllDigits(value[2..])),
            _ => false,
        };
        return ok ? DetectorMatch.Match : DetectorMatch.None;
    }

    private static bool IsSerialLetter(char c) => c is >= 'A' and <= 'Z' and not 'I' and not 'O';
}
