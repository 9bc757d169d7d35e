using System.Reflection;
using Chujing.Domain.Assessment;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>
/// The notes a person reads about important data name the filing form's label (含重要数据 · Includes important data),
/// never the JSON property <c>importantData</c>.
/// </summary>
public sealed class ImportantDataWordingTests
{
    [Fact]
    public void PublishedItem_NamesTheFormLabelNotTheJsonProperty()
    {
        var note = Assert.Single(Assess(Beijing("bj-auto-ota", ["ota-type"], 150_000, ciio: true)).Basis, b => b.Rule.EndsWith("#published", StringComparison.Ordinal) && b.Rule.Contains("ota-vehicle-control", StringComparison.Ordinal));
        Assert.Contains("请勾选“含重要数据”（Includes important data）", note.ExplanationZh, StringComparison.Ordinal);
        Assert.Contains("'Includes important data' (含重要数据)", note.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("importantData", note.Explanation + note.ExplanationZh, StringComparison.Ordinal);
    }

    [Fact]
    public void NoEngineNote_NamesTheJsonProperty()
    {
        var notes = typeof(EngineNotes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(EngineNote))
            .Select(f => (f.Name, Note: (EngineNote)f.GetValue(null)!))
            .ToList();
        Assert.NotEmpty(notes);
        object?[] args = ["a", "b", "c", "d", "e"];
        Assert.All(notes, n =>
        {
            Assert.DoesNotContain("importantData", n.Note.Zh(args), StringComparison.Ordinal);
            Assert.DoesNotContain("importantData", n.Note.En(args), StringComparison.Ordinal);
        });
    }
}
