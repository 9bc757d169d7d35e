using System.CommandLine;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Spectre.Console;

namespace Chujing.Cli.Catalogs;

/// <summary><c>chujing catalog list|show|diff</c>.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("catalog", "监管规则目录：国家规则与自贸试验区负面清单，附出处、分版本的数据 · The regulatory catalogs: national rules and free-trade-zone lists, as cited, versioned data.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Diff(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = JsonOption();
        var command = new Command("list", "列出全部目录版本及其覆盖范围与内容哈希 · Every catalog edition, with its coverage and content hash.") { json };
        command.SetAction(context, (parseResult, _) =>
        {
            var catalogs = context.LoadCatalogs(parseResult);
            var summaries = catalogs.Editions.Select(EditionSummary.Of).ToArray();
            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, summaries);
                return Task.FromResult(ExitCode.Ok);
            }

            var table = new Table().AddColumns("edition", "title 标题", "effective 生效", "coverage 覆盖", "hash");
            foreach (var s in summaries)
            {
                table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Title), s.Effective.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(s.Coverage.Describe(s.Family)), Markup.Escape(s.Hash[..19]));
            }

            context.Console.Write(table);
            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var json = JsonOption();
        var edition = new Argument<string>("edition") { Description = "版本标识，如 beijing-ftz/2024 · An edition id, e.g. beijing-ftz/2024." };
        var command = new Command("show", "显示一个完整版本：领域、场景、条目、阈值、字段与出处 · One whole edition: domains, scenarios, items, thresholds, fields, citations.") { edition, json };
        command.SetAction(context, (parseResult, _) =>
        {
            var catalogs = context.LoadCatalogs(parseResult);
            var found = Find(catalogs, parseResult.GetValue(edition)!, "edition");
            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, EditionView.Of(found));
            }
            else
            {
                EditionTable.Write(context.Console, found);
            }

            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }

    private static Command Diff(CliContext context)
    {
        var json = JsonOption();
        var a = new Argument<string>("edition-a") { Description = "较早的版本 · The earlier edition." };
        var b = new Argument<string>("edition-b") { Description = "较晚的版本 · The later edition." };
        var command = new Command("diff", "比较两个版本之间新增、删除或变更的内容（阈值、出境路径、字段） · What was added, removed or changed (thresholds, pathways, fields) between two editions.") { a, b, json };
        command.SetAction(context, (parseResult, _) =>
        {
            var catalogs = context.LoadCatalogs(parseResult);
            var diff = EditionDiff.Compare(Find(catalogs, parseResult.GetValue(a)!, "edition-a"), Find(catalogs, parseResult.GetValue(b)!, "edition-b"));
            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, diff);
                return Task.FromResult(ExitCode.Ok);
            }

            context.Console.MarkupLine($"[bold]{Markup.Escape(diff.From)}[/] ⇒ [bold]{Markup.Escape(diff.To)}[/]: 变更 changes {diff.Changes.Count}");
            var table = new Table().AddColumns("change 变更", "entry", "id", "name 名称", "details 详情");
            foreach (var c in diff.Changes)
            {
                var colour = c.Change switch { "added" => "green", "removed" => "red", _ => "yellow" };
                table.AddRow($"[{colour}]{c.Change}[/]", c.Entry, Markup.Escape(c.Id), Markup.Escape(c.Name), Markup.Escape(string.Join("\n", c.Details.Select(d => d.ToString()))));
            }

            context.Console.Write(table);
            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }

    private static CatalogEdition Find(CatalogSet catalogs, string id, string argument) =>
        catalogs.Find(id) ?? throw new InvalidInputException(Diagnostic.ForField(null, argument,
            $"unknown edition '{id}'; known: {string.Join(", ", catalogs.Editions.Select(e => e.Id))}", catalogs.Suggest(id)));

    private static Option<bool> JsonOption() => new("--json") { Description = "向标准输出写出一个 JSON 文档 · Write one JSON document to standard output." };
}
