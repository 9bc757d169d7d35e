using System.CommandLine;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Classification;
using Chujing.Cli.Catalogs;
using Chujing.Domain.Diagnostics;

namespace Chujing.Cli.Scan;

/// <summary>
/// <c>chujing scan --list &lt;edition&gt; [--scenario id]</c>: which list fields the scanned columns hold, and what
/// <c>chujing assess</c> says for the persons counted — assuming a processor of the list's zone that is approved to
/// use it, no important data and no exemption, and counting only this data's persons (the assumptions are reported).
/// </summary>
internal static class ScanListMapping
{
    public static ScanReport Apply(CliContext context, ParseResult parseResult, ScanReport report, string listId, string? scenario, bool ciio)
    {
        var catalogs = context.LoadCatalogs(parseResult);
        var edition = catalogs.Find(listId)
            ?? throw new InvalidInputException(Diagnostic.ForField(null, "--list", $"unknown list edition '{listId}'", catalogs.Suggest(listId)));
        if (edition.Family == CatalogFamily.National)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "--list", $"'{listId}' holds the national rules, which always apply; --list names a free-trade-zone list edition"));
        }

        var (fields, columns) = CatalogFieldMapper.Map(edition, scenario, report.Columns).ValueOrThrow();
        var sensitive = columns.Any(c => c.Sensitive) || fields.Any(f => f.Sensitive);
        var persons = new PersonCounts(report.Persons.Distinct, sensitive ? report.Persons.Distinct : 0);
        var zone = edition.Applicability?.Zone;
        var activity = new ExportActivity(new ProcessorProfile(ciio, zone, ListApproved: true, AutonomousDriving: false), edition.Id, scenario, null, false, persons,
            [.. fields.Select(f => f.Id)], []);
        var assessment = context.CreateEngine(catalogs).Assess(activity, "scan --list").ValueOrThrow();
        List<string> assumptions =
        [
            $"处理者在{zone ?? "清单所属"}自贸试验区登记并获准适用该清单 The processor is registered in the {zone ?? "list's"} zone and approved to use the list",
            ciio ? "处理者是关键信息基础设施运营者 The processor is a CIIO" : "处理者不是关键信息基础设施运营者 The processor is not a CIIO",
            "未声明已被通报或公布的重要数据（清单条目自身认定的除外），未主张豁免 No important data notified or published (beyond what the list items say); no exemption claimed",
            "清单字段按列的识别类型与列名匹配，请核对条目描述是否与数据相符 Fields are matched by column type and name; check that each item's description fits the data",
            "人数仅为本数据中的去重个人，未计入当年 1 月 1 日以来的其他出境 Persons are this data's distinct persons only, not earlier exports since 1 January",
            sensitive ? "检出敏感个人信息，所有人均按敏感个人信息计 Sensitive personal information found: every person counts as sensitive too" : "未检出敏感个人信息 No sensitive personal information found",
        ];
        return report with
        {
            Columns = columns,
            List = new ListMapping(edition.Id, scenario, fields, persons, assumptions) { Assessment = assessment },
        };
    }
}
