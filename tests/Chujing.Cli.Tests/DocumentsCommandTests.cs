using System.Text.Json.Nodes;
using Chujing.TestSupport;
using DocumentFormat.OpenXml.Packaging;

namespace Chujing.Cli.Tests;

public sealed class DocumentsCommandTests : IDisposable
{
    private static readonly string Example = RepositoryPaths.Of("examples", "filings", "clinical-trial.json");
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("chujing-documents-");

    public void Dispose() => _out.Delete(recursive: true);

    [Fact]
    public async Task Documents_ExampleFiling_WritesEachDocumentAsDocxAndPdf()
    {
        var run = await CliRun.RunAsync("documents", Example, "--out", _out.FullName, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var written = run.Json().GetProperty("documents").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("path").GetString()!)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["F-2026-0001-contract-annex.docx", "F-2026-0001-contract-annex.pdf", "F-2026-0001-filing-form.docx", "F-2026-0001-filing-form.pdf", "F-2026-0001-pipia-report.docx", "F-2026-0001-pipia-report.pdf"],
            written);
        using var docx = WordprocessingDocument.Open(Path.Combine(_out.FullName, "F-2026-0001-filing-form.docx"), false);
        var text = docx.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("91110115MA01D8XK31", text, StringComparison.Ordinal);
        Assert.Contains("《促进和规范数据跨境流动规定》第八条", text, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(_out.FullName, "F-2026-0001-filing-form.pdf"))[..5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_WithoutChromium_WritesTheDocx_SaysWhatToInstall_AndExits1()
    {
        var run = await CliRun.RunAsync("documents", Example, "--out", _out.FullName, "--chromium", Path.Combine(_out.FullName, "no-chromium"));
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.True(CliRun.IsBilingual(line), line);
        Assert.Contains("'chromium'", line, StringComparison.Ordinal);
        Assert.Equal(3, _out.GetFiles("*.docx").Length);
        Assert.Empty(_out.GetFiles("*.pdf"));
    }

    [Fact]
    public async Task Documents_DocxOnly_NeedsNoChromium()
    {
        var run = await CliRun.RunAsync("documents", Example, "--out", _out.FullName, "--format", "docx", "--chromium", "/nonexistent/chromium");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(3, _out.GetFiles("*.docx").Length);
    }

    [Theory]
    [InlineData("processor", "processor")]
    [InlineData("persons", "persons.personal")]
    [InlineData("recipients", "recipients")]
    public async Task Documents_FilingWithoutAField_Exits2NamingFileAndField(string removed, string field)
    {
        var filing = JsonNode.Parse(await File.ReadAllTextAsync(Example))!.AsObject();
        filing.Remove(removed);
        var path = Path.Combine(_out.FullName, "bad.json");
        await File.WriteAllTextAsync(path, filing.ToJsonString());
        var run = await CliRun.RunAsync("documents", path, "--out", Path.Combine(_out.FullName, "docs"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains(path, StringComparison.Ordinal) && l.Contains(field, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_out.FullName, "docs")));
    }

    [Fact]
    public async Task Documents_BadPathway_Exits2WithOneLine()
    {
        var filing = JsonNode.Parse(await File.ReadAllTextAsync(Example))!.AsObject();
        filing["pathway"] = "fast-track";
        var path = Path.Combine(_out.FullName, "bad.json");
        await File.WriteAllTextAsync(path, filing.ToJsonString());
        var run = await CliRun.RunAsync("documents", path, "--out", _out.FullName);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.True(CliRun.IsBilingual(line), line);
        Assert.Contains("pathway", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("F/../../x")]
    [InlineData("../F-2026-0001")]
    [InlineData("F-2026-0001/..")]
    public async Task Documents_IdThatIsNotAFilingId_Exits2NamingTheField_AndWritesNothing(string id)
    {
        var path = await WithAsync(f => f["id"] = id);
        var docs = Path.Combine(_out.FullName, "a", "b", "docs");
        var run = await CliRun.RunAsync("documents", path, "--out", docs, "--format", "docx");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.True(CliRun.IsBilingual(line), line);
        Assert.Contains("id", line, StringComparison.Ordinal);
        Assert.Empty(_out.GetFiles("*.docx", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Documents_UnwritableOut_SaysSoInOneLine_AndExits1()
    {
        var file = Path.Combine(_out.FullName, "plain-file");
        await File.WriteAllTextAsync(file, "x");
        var run = await CliRun.RunAsync("documents", Example, "--out", Path.Combine(file, "docs"), "--format", "docx");
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.True(CliRun.IsBilingual(line), line);
        Assert.Contains("--out", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("listEdition", "beijing-ftz/1999", "listEdition")]
    [InlineData("scenario", "no-such-scenario", "scenario")]
    [InlineData("zoneGroup", "atlantis", "zoneGroup")]
    [InlineData("status", "finished", "status")]
    [InlineData("processor", "91110115MA01D8XK3R", "processor")]
    [InlineData("colour", "blue", "colour")]
    public async Task Documents_ValuesThePlatformRefuses_Exit2NamingFileAndField_AndWriteNothing(string property, string value, string field)
    {
        var path = await WithAsync(f => f[property] = value);
        var docs = Path.Combine(_out.FullName, "docs");
        var run = await CliRun.RunAsync("documents", path, "--out", docs, "--format", "docx");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.True(CliRun.IsBilingual(line), line);
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains(field, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(docs));
    }

    [Fact]
    public async Task Documents_UnknownFieldIds_Exit2WithOneLinePerField()
    {
        var path = await WithAsync(f => f["fields"] = new JsonArray("medical-imaging", "no-such-field", "nor-this"));
        var run = await CliRun.RunAsync("documents", path, "--out", Path.Combine(_out.FullName, "docs"), "--format", "docx");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Count());
        Assert.All(run.ErrorLines, l => Assert.True(CliRun.IsBilingual(l), l));
        Assert.Contains(run.ErrorLines, l => l.Contains("fields[1]", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("fields[2]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Documents_LabelStatusAndZoneGroupAsTheApiDoes()
    {
        var run = await CliRun.RunAsync("documents", Example, "--out", _out.FullName, "--format", "docx");
        Assert.True(run.ExitCode == 0, run.Error);
        using var docx = WordprocessingDocument.Open(Path.Combine(_out.FullName, "F-2026-0001-filing-form.docx"), false);
        var text = docx.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("已通过 Approved", text, StringComparison.Ordinal);
        Assert.Contains(Chujing.Web.Documents.FilingFactsMapping.ZoneGroupLabel("daxing")!, text, StringComparison.Ordinal);
        Assert.Contains("大兴组团", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_PathwayThatDiffersFromTheArchivedDecision_Exits2NamingPathway()
    {
        var path = await WithAsync(f => f["assessment"] = new JsonObject { ["pathway"] = "security-assessment", ["confidence"] = "confirmed-two-sources" });
        var run = await CliRun.RunAsync("documents", path, "--out", Path.Combine(_out.FullName, "docs"), "--format", "docx");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.True(CliRun.IsBilingual(line), line);
        Assert.Contains("pathway", line, StringComparison.Ordinal);
        Assert.Contains("security-assessment", line, StringComparison.Ordinal);
    }

    private async Task<string> WithAsync(Action<JsonObject> change)
    {
        var filing = JsonNode.Parse(await File.ReadAllTextAsync(Example))!.AsObject();
        change(filing);
        var path = Path.Combine(_out.FullName, $"filing-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, filing.ToJsonString());
        return path;
    }

    [Fact]
    public async Task Documents_MissingFile_Exits2()
    {
        var run = await CliRun.RunAsync("documents", Path.Combine(_out.FullName, "none.json"), "--out", _out.FullName);
        Assert.Equal(2, run.ExitCode);
        Assert.True(CliRun.IsBilingual(Assert.Single(run.ErrorLines)), run.Error);
    }
}
