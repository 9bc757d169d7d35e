using Chujing.Catalog.Yaml;
using Chujing.Documents.Model;
using Chujing.Domain.Catalog;
using Chujing.TestSupport;

namespace Chujing.Documents.Tests;

/// <summary>Filings as the platform returns them, one per pathway, over the shipped Beijing list.</summary>
internal static class SampleFilings
{
    private static readonly Lazy<CatalogSet> LazyCatalogs = new(() => CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).ValueOrThrow());

    public const string Uscc = "91110115MA01D8XK31";

    public static CatalogEdition Beijing => LazyCatalogs.Value.Find("beijing-ftz/2024")!;

    public static IReadOnlyList<BasisFact> ContractBasis { get; } =
    [
        new("art6-ftz-negative-list", "自由贸易试验区负面清单", "《促进和规范数据跨境流动规定》第六条", "The list names the scenario's fields."),
        new("art8-standard-contract-or-certification", "标准合同或认证", "《促进和规范数据跨境流动规定》第八条", "Fewer than 10,000 persons' sensitive personal information."),
    ];

    public static FilingFacts Contract(Pathway? pathway = Pathway.StandardContractOrCertification, IReadOnlyList<BasisFact>? basis = null) => new(
        "F-2026-0001", "approved", Uscc, "北京大兴示例医药有限公司", "大兴 daxing", "临床试验数据出境（多中心III期）", "beijing-ftz/2024",
        "bj-pharma-clinical-trial", ["medical-imaging", "blood-test", "pathology"],
        [new("Novum Pharma AG", "CH"), new("Novum Research Inc.", "US")],
        "总部统一开展临床试验数据分析", false, 1200, 9000, 60, "传输加密（TLS 1.3）、去标识化、访问控制与审计日志",
        new DateOnly(2026, 6, 1), new DateOnly(2028, 6, 1), pathway, basis ?? ContractBasis);

    public static FilingFacts Assessment() => Contract(Pathway.SecurityAssessment,
    [
        new("art7-2-security-assessment", "安全评估", "《促进和规范数据跨境流动规定》第七条第（二）项", "10,000 or more persons' sensitive personal information."),
    ]);

    public static FilingFacts Exempt() => Contract(Pathway.Exempt,
    [
        new("art5-4-under-100000", "不满10万人", "《促进和规范数据跨境流动规定》第五条第（四）项", "Fewer than 100,000 persons."),
    ]);
}
