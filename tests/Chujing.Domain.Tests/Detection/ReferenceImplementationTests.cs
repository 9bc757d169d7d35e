using System.Globalization;
using System.Text.RegularExpressions;
using Chujing.Domain.Detection;

namespace Chujing.Domain.Tests.Detection;

/// <summary>The fast detectors against plain, obviously-correct implementations on seeded random inputs.</summary>
public sealed partial class ReferenceImplementationTests
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly HashSet<int> Provinces = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83];

    [Fact]
    public void ResidentId_SeededRandomCandidates_AgreesWithReference()
    {
        var random = new Random(11643);
        var detector = new ResidentIdDetector();
        var matches = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var value = RandomIdLike(random);
            var expected = ReferenceResidentId(value);
            Assert.True(expected == (detector.Detect(value) == DetectorMatch.Match), value);
            matches += expected ? 1 : 0;
        }

        Assert.True(matches > 1000, "the generator should produce valid numbers too");
    }

    [Fact]
    public void BankCard_SeededRandomNumbers_AgreesWithReferenceLuhn()
    {
        var random = new Random(7812);
        var detector = new BankCardDetector();
        for (var i = 0; i < 100_000; i++)
        {
            var length = random.Next(15, 20);
            var digits = "62" + string.Concat(Enumerable.Range(0, length - 2).Select(_ => (char)('0' + random.Next(10))));
            var expected = ReferenceLuhn(digits) && length >= 16;
            Assert.True(expected == (detector.Detect(digits) == DetectorMatch.Match), digits);
        }
    }

    [Fact]
    public void Mobile_SeededRandomElevenDigits_AgreesWithReferenceRegex()
    {
        var random = new Random(86);
        var detector = new MobileDetector();
        for (var i = 0; i < 100_000; i++)
        {
            var value = "1" + string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('0' + random.Next(10))));
            Assert.True(MobileReference().IsMatch(value) == (detector.Detect(value) == DetectorMatch.Match), value);
        }
    }

    private static string RandomIdLike(Random random)
    {
        var province = random.Next(2) == 0 ? Provinces.ElementAt(random.Next(Provinces.Count)) : random.Next(100);
        var year = random.Next(1890, 2030);
        var month = random.Next(0, 14);
        var day = random.Next(0, 33);
        var body = string.Create(CultureInfo.InvariantCulture, $"{province:D2}{random.Next(10000):D4}{year:D4}{month:D2}{day:D2}{random.Next(1000):D3}");
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * IdWeights[i];
        }

        var check = "10X98765432"[sum % 11];
        return random.Next(3) == 0 ? body + "0123456789X"[random.Next(11)] : body + check;
    }

    private static bool ReferenceResidentId(string value)
    {
        if (!Regex.IsMatch(value, "^[0-9]{17}[0-9X]$") || !Provinces.Contains(int.Parse(value[..2], CultureInfo.InvariantCulture)))
        {
            return false;
        }

        if (!DateTime.TryParseExact(value.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year < 1900 || date.Year > 2099)
        {
            return false;
        }

        var sum = Enumerable.Range(0, 17).Sum(i => (value[i] - '0') * IdWeights[i]);
        return value[17] == "10X98765432"[sum % 11];
    }

    private static bool ReferenceLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d;
        }

        return sum % 10 == 0;
    }

    [GeneratedRegex("^1(3[0-9]|4[5-9]|5[0-35-9]|6[2567]|7[0-35-8]|8[0-9]|9[0-35-9])[0-9]{8}$")]
    private static partial Regex MobileReference();
}
