using Chujing.Domain.Identifiers;

namespace Chujing.Domain.Tests.Identifiers;

public sealed class UsccTests
{
    [Theory]
    [InlineData("91110000802100433B")] // published code of a Beijing-registered company
    [InlineData("91310000MA1FL4B24G")]
    [InlineData("11100000000013127D")]
    public void Check_PublishedCodes_AreValid(string code) => Assert.Equal(UsccCheck.Valid, Uscc.Check(code));

    [Theory]
    [InlineData("91110000802100433C", UsccCheck.CheckCharacterMismatch)]
    [InlineData("9111000080210043", UsccCheck.WrongLength)]
    [InlineData("91110000802100433I", UsccCheck.InvalidCharacter)]
    [InlineData("9111000080210O433B", UsccCheck.InvalidCharacter)]
    public void Check_BadCodes_SayWhatIsWrong(string code, UsccCheck expected) => Assert.Equal(expected, Uscc.Check(code));

    [Fact]
    public void CheckCharacter_RoundTripsWithCheck()
    {
        var random = new Random(42);
        for (var n = 0; n < 1000; n++)
        {
            var body = new char[17];
            for (var i = 0; i < 17; i++)
            {
                body[i] = Uscc.Alphabet[random.Next(Uscc.Alphabet.Length)];
            }

            var code = new string(body) + Uscc.CheckCharacter(body);
            Assert.True(Uscc.IsValid(code), code);
        }
    }
}
