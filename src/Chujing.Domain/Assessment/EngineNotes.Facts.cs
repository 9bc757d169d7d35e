namespace Chujing.Domain.Assessment;

/// <summary>The engine's notes on duties by legal basis and on facts not known yet.</summary>
internal static partial class EngineNotes
{
    public static readonly EngineNote ConsentRequired = new("consent-basis", BasisKind.Rule, "以同意为处理依据",
        "Consent is the legal basis (PIPL art. 13 para. 1 (1)), so the individuals' separate consent to the transfer is required (PIPL art. 39).",
        "以取得个人同意为处理依据（《个人信息保护法》第十三条第一款第（一）项），依第三十九条须取得个人单独同意。");

    /// <summary>{0} the item of PIPL art. 13 para. 1, {1} its name (en) / (zh).</summary>
    public static readonly EngineNote ConsentNotRequired = new("non-consent-basis", BasisKind.Rule, "非同意处理依据",
        "The processing rests on PIPL art. 13 para. 1 ({0}), {1}, not on consent, so consent is not required (art. 13 para. 2); notice (art. 39) and the impact assessment (art. 55) still are.",
        "处理依据为《个人信息保护法》第十三条第一款第（{0}）项（{1}），而非个人同意，依该条第二款不需取得个人同意；告知（第三十九条）与个人信息保护影响评估（第五十五条）仍须履行。");

    public static readonly EngineNote ConsentConditional = new("legal-basis-unknown", BasisKind.Rule, "处理依据未说明",
        "Required if consent is the legal basis (PIPL arts. 13 para. 1 (1) and 39); not required where the processing rests on art. 13 para. 1 (2)–(7), such as a contract with the individual or HR management (art. 13 para. 2). State legalBasis to settle it.",
        "以个人同意为处理依据的，须取得单独同意（《个人信息保护法》第十三条第一款第（一）项、第三十九条）；依第十三条第一款第（二）至（七）项处理的（如订立、履行与个人的合同或人力资源管理），不需取得个人同意（第十三条第二款）。请说明 legalBasis。");

    /// <summary>{0} the fact's path (processor.ciio).</summary>
    public static readonly EngineNote FactUnknown = new("unknown", BasisKind.UnknownFact, "事实尚未确定",
        "'{0}' is not known yet, so the pathway is the strictest of those still possible (see 'possible'); state it to settle the decision.",
        "“{0}”尚未确定，路径取仍有可能的路径中最严格者（见 possible）；确定该事实即可得出结论。");

    /// <summary>The English and Chinese names of the PIPL art. 13 para. 1 items, by <see cref="Catalog.LegalBasis"/>.</summary>
    public static (int Item, string En, string Zh) LegalBasisName(Catalog.LegalBasis basis) => basis switch
    {
        Catalog.LegalBasis.Consent => (1, "the individual's consent", "取得个人的同意"),
        Catalog.LegalBasis.Contract => (2, "a contract to which the individual is a party", "为订立、履行个人作为一方当事人的合同所必需"),
        Catalog.LegalBasis.HrManagement => (2, "human resources management under lawful labour rules", "按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需"),
        Catalog.LegalBasis.StatutoryDuty => (3, "a statutory duty or obligation", "为履行法定职责或者法定义务所必需"),
        Catalog.LegalBasis.Emergency => (4, "an emergency", "为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需"),
        Catalog.LegalBasis.NewsReporting => (5, "news reporting in the public interest", "为公共利益实施新闻报道、舆论监督等行为"),
        Catalog.LegalBasis.PublicInformation => (6, "information lawfully made public", "处理个人自行公开或者其他已经合法公开的个人信息"),
        _ => (7, "another situation the law provides", "法律、行政法规规定的其他情形"),
    };
}
