using System.CommandLine;
using Chujing.Cli.Catalogs;
using Chujing.Documents;
using Chujing.Documents.Rendering;
using Chujing.Domain.Diagnostics;
using Spectre.Console;

namespace Chujing.Cli.Documents;

/// <summary>
/// <c>chujing documents &lt;filing.json&gt; --out DIR [--format all|docx|pdf] [--chromium PATH] [--json]</c>: the
/// filing's materials as the platform serves them (<c>GET /api/filings/{id}/documents/{name}.docx|.pdf</c>), written
/// as <c>&lt;id&gt;-&lt;name&gt;.docx</c> and <c>.pdf</c>. Without Chromium the DOCX files are still written, then
/// the command says what to install and exits 1.
/// </summary>
internal static class DocumentsCommand
{
    /// <summary>The largest filing JSON read (a filing is a few kilobytes).</summary>
    private const int MaxInputBytes = 4 * 1024 * 1024;

    public static Command Create(CliContext context)
    {
        var filingFile = new Argument<string>("filing") { Description = "备案，格式同 GET /api/filings/{id} 的返回，或 '-' 表示标准输入 · The filing as GET /api/filings/{id} returns it, or '-' for standard input." };
        var output = new Option<string>("--out") { Description = "写出文书的文件夹（不存在时创建） · Folder to write the documents to (created when missing).", Required = true };
        var format = new Option<string>("--format") { Description = "格式：all（默认）、docx 或 pdf · all (default), docx or pdf.", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("all", "docx", "pdf");
        var chromium = new Option<string?>("--chromium") { Description = $"生成 PDF 所用的 Chromium 可执行文件（默认取 ${ChromiumPdfPrinter.EnvironmentVariable}，其次 /usr/bin/chromium） · The Chromium executable for PDF (default: ${ChromiumPdfPrinter.EnvironmentVariable}, then /usr/bin/chromium)." };
        var json = new Option<bool>("--json") { Description = "以一个 JSON 文档列出写出的文件 · Write what was written as one JSON document." };
        var command = new Command("documents", "将备案材料（备案表、合同附件、个人信息保护影响评估报告、申报书、自评估报告）生成为 Word 与 PDF · Render a filing's materials (filing form, contract annex, PIPIA, declaration, self-assessment) as Word and PDF.")
        {
            filingFile, output, format, chromium, json,
        };
        command.SetAction(context, async (parseResult, ct) =>
        {
            var catalogs = context.LoadCatalogs(parseResult);
            var (bytes, source) = await InputFiles.ReadAllBytesAsync(context, parseResult.GetValue(filingFile)!, ct).ConfigureAwait(false);
            if (bytes.Length > MaxInputBytes)
            {
                throw new InvalidInputException(new Diagnostic(source, 0, 0, null, $"is larger than {MaxInputBytes / (1024 * 1024)} MB; a filing is a few kilobytes"));
            }

            var filing = FilingFactsReader.Read(bytes, source, catalogs);
            var folder = parseResult.GetValue(output)!;
            if (File.Exists(folder))
            {
                throw new InvalidInputException(new Diagnostic(folder, 0, 0, "--out", "is a file, not a folder"));
            }

            var root = Path.GetFullPath(folder);
            try
            {
                Directory.CreateDirectory(root);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new EnvironmentFailureException($"cannot create the output folder '{folder}' (--out): {Reason(e)}");
            }

            var which = parseResult.GetValue(format)!;
            var materials = FilingMaterials.For(filing, catalogs.Find(filing.ListEdition));
            var written = new List<WrittenDocument>();
            foreach (var m in materials.Where(_ => which != "pdf"))
            {
                var path = Under(root, folder, $"{filing.Id}-{m.Name}.docx");
                await WriteAsync(path, folder, DocxRenderer.Render(m), ct).ConfigureAwait(false);
                written.Add(new WrittenDocument(m.Name, m.Title, m.TitleEn, "docx", path));
            }

            string? pdfProblem = null;
            if (which != "docx")
            {
                var printer = new ChromiumPdfPrinter(parseResult.GetValue(chromium));
                try
                {
                    foreach (var m in materials)
                    {
                        var path = Under(root, folder, $"{filing.Id}-{m.Name}.pdf");
                        await WriteAsync(path, folder, await printer.PrintAsync(HtmlRenderer.Render(m), ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                        written.Add(new WrittenDocument(m.Name, m.Title, m.TitleEn, "pdf", path));
                    }
                }
                catch (EnvironmentFailureException e)
                {
                    pdfProblem = e.Message;
                }
            }

            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, new { filing = filing.Id, pathway = filing.Pathway, documents = written });
            }
            else
            {
                var table = new Table().AddColumns("文件 Document", "格式 Format", "路径 Path");
                foreach (var w in written)
                {
                    table.AddRow(Markup.Escape($"{w.Title}\n{w.TitleEn}"), w.Format, Markup.Escape(w.Path));
                }

                context.Console.Write(table);
                context.Console.MarkupLine("[yellow]草稿：标为“待补充”的内容须补充并签字盖章后方可提交。Drafts: add what is marked “to complete”, then sign and seal.[/]");
            }

            if (pdfProblem is not null)
            {
                await context.Error.WriteLineAsync(CliText.Error(pdfProblem)).ConfigureAwait(false);
                return ExitCode.Failure;
            }

            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>The file's full path, refused unless it is directly inside the output folder (the id is validated; this is the second guard).</summary>
    private static string Under(string root, string folder, string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(root, fileName));
        if (!string.Equals(Path.GetDirectoryName(path), Path.TrimEndingDirectorySeparator(root), StringComparison.Ordinal))
        {
            throw new InvalidInputException(new Diagnostic(folder, 0, 0, "id", $"the file name '{fileName}' would be written outside --out"));
        }

        return path;
    }

    private static async Task WriteAsync(string path, string folder, byte[] bytes, CancellationToken ct)
    {
        try
        {
            await File.WriteAllBytesAsync(path, bytes, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EnvironmentFailureException($"cannot write '{Path.GetFileName(path)}' to the output folder '{folder}' (--out): {Reason(e)}");
        }
    }

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "a parent folder does not exist",
        PathTooLongException => "the path is too long",
        _ => "the file system refused it",
    };
}
