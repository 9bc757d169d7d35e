using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Spectre.Console;

namespace Chujing.Cli.Assess;

/// <summary>The claimed exemption element by element, the pathways still possible, and the duties with their status.</summary>
internal static partial class AssessmentTable
{
    private static void WritePossible(IAnsiConsole console, Decision a)
    {
        if (a.Possible is not { Count: > 0 } possible)
        {
            return;
        }

        console.MarkupLine("[bold]仍有可能的路径 Still possible[/] (取最严格者 the strictest is taken)");
        foreach (var p in possible)
        {
            console.MarkupLine($" • {Markup.Escape(p.IfZh)}（{Markup.Escape(p.If)}）：[{Labels.Colour(p.Pathway)}]{Markup.Escape(Labels.Of(p.Pathway))}[/]" +
                (p.Citations.Count > 0 ? $" [grey]({Markup.Escape(string.Join("；", p.Citations))})[/]" : string.Empty));
        }
    }

    private static void WriteClaim(IAnsiConsole console, Decision a)
    {
        if (a.Exemption is not { } claim)
        {
            return;
        }

        var verdict = claim.Holds ? "[green]成立 holds[/]" : "[red]不成立 fails[/]";
        if (claim.Elements.Count == 0)
        {
            // No elements to check: the exemption did not exist under the rules of the day; say so, with its citation.
            console.MarkupLine($"[bold]豁免 Exemption[/]: {Markup.Escape(claim.Exemption.ToName())} — {verdict}");
            console.MarkupLine($"{Markup.Escape(claim.ReasonZh ?? string.Empty)}\n[grey]{Markup.Escape(claim.Reason ?? string.Empty)}[/]");
            return;
        }

        var table = new Table().Title($"豁免要件 Exemption elements: {Markup.Escape(claim.Exemption.ToName())} — {verdict}")
            .AddColumns("element 要件", "status 结论", "why 理由", "citation 出处");
        foreach (var e in claim.Elements)
        {
            var status = e.Status switch
            {
                ElementStatus.Holds => "[green]满足 holds[/]",
                ElementStatus.Contradicted => "[red]相抵触 contradicted[/]",
                _ => "[yellow]由处理者证明 processor's burden[/]",
            };
            table.AddRow(
                $"{Markup.Escape(e.Title)}\n[grey]{Markup.Escape(e.TitleEn ?? e.Element)}[/]",
                status,
                $"{Markup.Escape(e.ReasonZh)}\n[grey]{Markup.Escape(e.Reason)}[/]",
                Markup.Escape(e.Citation));
        }

        console.Write(table);
    }

    private static void WriteDuties(IAnsiConsole console, Decision a)
    {
        if (a.Duties.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold]其他义务 Other duties[/]");
        foreach (var d in a.Duties)
        {
            var status = d.Status switch
            {
                DutyStatus.Conditional => "[yellow]视处理依据而定 conditional[/] ",
                DutyStatus.NotRequired => "[grey]不需要 not required[/] ",
                _ => string.Empty,
            };
            console.MarkupLine($" • {status}{Markup.Escape(d.Name)} — {Markup.Escape(d.NameEn ?? string.Empty)} ({Markup.Escape(d.Citation)})");
            if (d.ReasonZh is not null)
            {
                console.MarkupLine($"   [grey]{Markup.Escape(d.ReasonZh)} {Markup.Escape(d.Reason ?? string.Empty)}[/]");
            }
        }
    }

    private static void WriteConfidence(IAnsiConsole console, Decision a)
    {
        if (a.Confidence is { } c)
        {
            console.MarkupLine($"可信度 Confidence: {Markup.Escape(Labels.Of(c))} ({Markup.Escape(Chujing.Domain.Filings.FilingNames.Of(c))})");
        }

        if (a.Strict is { } strict)
        {
            console.MarkupLine($"[bold]仅依据两个以上来源确认的条目 On confirmed entries only[/]: [{Labels.Colour(strict.Pathway)}]{Markup.Escape(Labels.Of(strict.Pathway))}[/]" +
                $" [grey]({Markup.Escape(string.Join("；", strict.Citations))})[/]");
        }
    }

    private static void WriteComparisons(IAnsiConsole console, Decision a)
    {
        if (a.Comparisons is not { Count: > 0 } comparisons)
        {
            return;
        }

        var table = new Table().Title("比较 Comparison").AddColumns("edition 版本", "pathway 路径", "confidence 可信度", "basis 依据");
        foreach (var c in comparisons)
        {
            var basis = string.Join("\n", c.Basis.Where(b => b.Pathway == c.Pathway).Select(b => Markup.Escape(b.Title ?? b.Rule) + " [grey]" + Markup.Escape(b.Citation) + "[/]").Distinct());
            if (c.LeftOut.Count > 0)
            {
                basis += $"\n[yellow]未识别 left out: {Markup.Escape(string.Join(", ", c.LeftOut))}[/]";
            }

            table.AddRow(Markup.Escape(c.Edition), $"[{Labels.Colour(c.Pathway)}]{Markup.Escape(Labels.Of(c.Pathway))}[/]",
                c.Confidence is { } conf ? Labels.Of(conf) : "—", basis.Length == 0 ? "—" : basis);
        }

        console.Write(table);
    }
}
