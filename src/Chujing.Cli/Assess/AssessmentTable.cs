using Chujing.Domain.Catalog;
using Chujing.Domain.Assessment;
using Spectre.Console;

namespace Chujing.Cli.Assess;

/// <summary>The human-readable form of an assessment: Chinese first, English beside it.</summary>
internal static partial class AssessmentTable
{
    public static void Write(IAnsiConsole console, Decision a)
    {
        console.MarkupLine($"路径 Pathway: [bold {Labels.Colour(a.Pathway)}]{Markup.Escape(Labels.Of(a.Pathway))}[/]");
        if (a.List is { } list)
        {
            console.MarkupLine(list.Applied
                ? $"清单 List: {Markup.Escape(list.Edition)} applied 已适用"
                : $"清单 List: {Markup.Escape(list.Edition)} [yellow]not applied 未适用[/] — {Markup.Escape(list.Reason ?? string.Empty)}");
        }

        WriteConfidence(console, a);
        WritePossible(console, a);
        var basis = new Table().Title("依据 Basis").AddColumns("rule 规则", "requires 要求", "citation 出处", "explanation 说明");
        foreach (var b in a.Basis)
        {
            var rule = b.Title is null ? Markup.Escape(b.Rule) : $"{Markup.Escape(b.Title)}\n[grey]{Markup.Escape(b.Rule)}[/]";
            var explanation = b.ExplanationZh is null
                ? Markup.Escape(b.Explanation)
                : $"{Markup.Escape(b.ExplanationZh)}\n[grey]{Markup.Escape(b.Explanation)}[/]";
            if (Inputs(b) is { Length: > 0 } inputs)
            {
                explanation += $"\n[blue]{Markup.Escape(inputs)}[/]";
            }

            basis.AddRow(rule, b.Pathway is { } p ? $"[{Labels.Colour(p)}]{p.ToName()}[/]" : "—", Markup.Escape(b.Citation), explanation);
        }

        console.Write(basis);
        WriteClaim(console, a);
        var headroom = new Table().Title($"余量 Headroom ({Markup.Escape(a.Headroom.Basis)})").AddColumns("counter 计数", "count 人数", "now 当前", "next threshold 下一阈值", "remaining 剩余", "then 届时");
        Row("personal 个人信息", a.Headroom.Personal);
        Row("sensitive 敏感个人信息", a.Headroom.Sensitive);
        console.Write(headroom);
        WriteDuties(console, a);
        WriteComparisons(console, a);
        console.MarkupLine("[grey]" + Markup.Escape(string.Join("; ", a.Catalogs.Select(c => $"{c.Id} {c.Hash[..19]}"))) + "[/]");

        void Row(string name, CounterHeadroom h) => headroom.AddRow(
            name,
            h.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            h.Pathway.ToName(),
            h.Next?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "—",
            h.Remaining?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "—",
            h.PathwayAtNext?.ToName() ?? "—");
    }

    /// <summary>"persons.sensitive = 20,000 ∈ [10,000 以上] · C2": the inputs that decided an entry, and its confidence.</summary>
    private static string Inputs(BasisEntry b)
    {
        var parts = b.Inputs.Select(i =>
        {
            var value = i.Count?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? (i.Flag is { } f ? (f ? "true" : "false") : i.Text ?? "null");
            return i.Band is { } band ? $"{i.Fact} = {value} ∈ {band}" : $"{i.Fact} = {value}";
        }).ToList();
        if (b.Confidence is { } c)
        {
            parts.Add(Labels.Of(c));
        }

        return string.Join(" · ", parts);
    }
}
