using System.Text;
using Chujing.Domain.Assessment;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Tests.Diagnostics;

/// <summary>Each reader diagnostic says what kind of problem it is, so that hosts never sort problems by their wording.</summary>
public sealed class DiagnosticKindTests
{
    [Theory]
    [InlineData("""{"processor":{"ciio":false},""", DiagnosticKind.Syntax)]
    [InlineData("""{"processor":{"ciio":false},"importantData":"no","persons":{"personal":1,"sensitive":0}}""", DiagnosticKind.Type)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitve":0}}""", DiagnosticKind.UnknownMember)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"importantData":false,"persons":{"personal":1,"sensitive":0}}""", DiagnosticKind.DuplicateMember)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false}""", DiagnosticKind.Required)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":-1,"sensitive":0}}""", DiagnosticKind.Rule)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"exemption":"emergncy","persons":{"personal":1,"sensitive":0}}""", DiagnosticKind.Reference)]
    public void Read_BadActivity_DiagnosticCarriesItsKind(string json, DiagnosticKind kind)
    {
        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(json), "a.json");
        Assert.Contains(result.Diagnostics, d => d.Kind == kind);
    }

    [Fact]
    public void IsUnreadable_OnlyForTheKindsThatSayTheDocumentCouldNotBeRead()
    {
        var unreadable = Enum.GetValues<DiagnosticKind>().Where(k => new Diagnostic(null, 0, 0, null, "m") { Kind = k }.IsUnreadable);
        Assert.Equal([DiagnosticKind.Syntax, DiagnosticKind.Type, DiagnosticKind.UnknownMember, DiagnosticKind.DuplicateMember], unreadable);
    }
}
