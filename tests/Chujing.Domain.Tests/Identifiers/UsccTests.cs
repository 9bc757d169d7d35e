using Chujing.Domain.Identifiers;

namespace Chujing.Domain.Tests.Identifiers;

public sealed class UsccTests
{
    [Theory]
    [InlineData("91110000802100433B")] // codes of registered companies and an organ; where they were read is not recorded,
    [InlineData("91310000MA1FL4B24G")] // so the check-character oracle is PublishedByGovernmentSites below
    [InlineData("11100000000013127D")]
    [InlineData("11500226753092798P")]
    public void Check_PublishedCodes_AreValid(string code) => Assert.Equal(UsccCheck.Valid, Uscc.Check(code));

    [Theory]
    [InlineData("91110000802100433C", UsccCheck.CheckCharacterMismatch)]
    [InlineData("9111000080210043", UsccCheck.WrongLength)]
    [InlineData("91110000802100433I", UsccCheck.InvalidCharacter)]
    [InlineData("9111000080210O433B", UsccCheck.InvalidCharacter)]
    public void Check_BadCodes_SayWhatIsWrong(string code, UsccCheck expected) => Assert.Equal(expected, Uscc.Check(code));

    /// <summary>
    /// Codes published by government sites, each with where it was read: the oracle for the check character (GB 32100-2015,
    /// the MOD 31 scheme of GB/T 17710) is the published code, never <see cref="Uscc"/> itself.
    /// </summary>
    public static TheoryData<string, string> PublishedByGovernmentSites() => new()
    {
        // 重庆市荣昌区统计局: a government site's index number (索引号) begins with the publishing organ's own USCC; its
        // notice of 2020-06-24 carries 索引号 11500226753092798P/2020-00045
        // (http://www.rongchang.gov.cn/bm/qtjj/zwgk_70831/fdzdgknr_70834/lzyj_70835/zcwj/qtgw_70838/202006/t20200624_7612715.html).
        { "11500226753092798P", "重庆市荣昌区统计局" },
    };

    [Theory]
    [MemberData(nameof(PublishedByGovernmentSites))]
    public void CheckCharacter_OfACodePublishedByAGovernmentSite_IsItsLastCharacter(string code, string holder)
    {
        Assert.False(string.IsNullOrEmpty(holder));
        Assert.Equal(code[17], Uscc.CheckCharacter(code.AsSpan(0, 17)));
        Assert.Equal(UsccCheck.Valid, Uscc.Check(code));
    }

    [Theory]
    [MemberData(nameof(PublishedByGovernmentSites))]
    public void Check_APublishedCodeWithAnyOtherLastCharacter_IsAMismatch(string code, string holder)
    {
        Assert.False(string.IsNullOrEmpty(holder));
        foreach (var other in Uscc.Alphabet.Where(c => c != code[17]))
        {
            Assert.Equal(UsccCheck.CheckCharacterMismatch, Uscc.Check(code[..17] + other));
        }
    }
}
