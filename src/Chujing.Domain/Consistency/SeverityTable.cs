namespace Chujing.Domain.Consistency;

/// <summary>
/// The published grading of deviations, kept as data with its rationale (docs/consistency.md prints it). The grades
/// follow NMPA's inspection-defect grading (严重 / 主要 / 一般: serious where the product, here the export, had no
/// lawful basis or put persons at risk; major for a large deviation from what was approved; general for the rest).
/// </summary>
public static class SeverityTable
{
    /// <summary>Where the three grades come from.</summary>
    public const string GradingSource = "药品GMP认证检查结果评定程序（征求意见稿）：缺陷分为严重缺陷、主要缺陷和一般缺陷（NMPA 检查缺陷分级，经二手来源转述）";

    /// <summary>Every kind with its grade, in the order of <see cref="DeviationKind"/>.</summary>
    public static IReadOnlyList<SeverityRule> Rules { get; } =
    [
        new(DeviationKind.NoFiling, Severity.Serious,
            "数据出境时没有任何备案：按负面清单出境须先经自贸组团审核备案，没有备案即没有合法依据。",
            "The export names no filing: exporting under the list needs the zone group's filing first, so the export had no lawful basis."),
        new(DeviationKind.FilingNotInForce, Severity.Serious,
            "出境时备案不在有效状态（未获通过、已暂停、已撤销、已过期或不在有效期内）：与没有备案相同。",
            "The filing was not in force when the data left (not yet approved, suspended, revoked, expired or outside its validity): the same as having none."),
        new(DeviationKind.BandCrossed, Severity.Serious,
            "当年累计人数已达到更严格路径的门槛：出境需要备案所依据路径以外的安全评估或标准合同。",
            "The year's counts reached a stricter pathway's band: the export needs a security assessment or standard contract the filing does not rest on."),
        new(DeviationKind.SensitiveNotFiled, Severity.Serious,
            "备案未申报敏感个人信息却出境了敏感个人信息：自第一人起即需标准合同或认证并取得单独同意，对个人权益风险最高。",
            "Sensitive personal information left under a filing that files none: from the first person it needs a standard contract or certification and separate consent, and it carries the highest risk to the persons."),
        new(DeviationKind.RecipientNotFiled, Severity.Serious,
            "境外接收方不在备案之列：数据交给了审核从未评估过的主体（监督锚点把未备案接收方列为严重项）。",
            "The recipient is not one the filing names: the data went to a party the review never assessed (supervision practice treats an unnamed recipient as a serious item)."),
        new(DeviationKind.CountryNotFiled, Severity.Major,
            "出境目的国家或地区不在备案之列：接收方所在地的法律环境未经审核。",
            "The destination country or region is not filed: the legal environment at the recipient was not reviewed."),
        new(DeviationKind.ScenarioNotFiled, Severity.Major,
            "业务场景与备案不符：负面清单按场景确定条目与门槛，备案场景以外的出境不在审核范围内。",
            "The scenario is not the filed one: the list sets items and bands per scenario, so an export outside the filed scenario was not reviewed."),
        new(DeviationKind.FieldNotFiled, Severity.Major,
            "出境了清单列明但备案未申报的字段：清单按字段确定路径，未申报字段可能需要其他路径。",
            "A field the list names but the filing does not left: the list decides pathways per field, so an unfiled listed field may need another pathway."),
        new(DeviationKind.PersonsOverFiled, Severity.Major,
            "当年累计人数超过备案申报的人数：出境规模超出审核时确定的范围。",
            "The year's distinct persons exceed what the filing files: the export's scale is beyond what the review decided on."),
        new(DeviationKind.FieldNotListed, Severity.General,
            "出境了清单与备案均未列明的字段：清单外数据可免予申报，但备案内容未如实反映实际出境字段。",
            "A field neither the list nor the filing names left: data outside the list may leave without a pathway, but the filing does not reflect what actually left."),
    ];

    private static readonly SeverityRule[] ByKind = Build();

    /// <summary>The grade of <paramref name="kind"/>.</summary>
    public static Severity Of(DeviationKind kind) => ByKind[(int)kind].Severity;

    /// <summary>The row of <paramref name="kind"/>.</summary>
    public static SeverityRule RuleOf(DeviationKind kind) => ByKind[(int)kind];

    private static SeverityRule[] Build()
    {
        var table = new SeverityRule[Enum.GetValues<DeviationKind>().Length];
        foreach (var rule in Rules)
        {
            table[(int)rule.Kind] = rule;
        }

        return Array.IndexOf(table, null) is var missing && missing >= 0
            ? throw new InvalidOperationException("The severity table has no row for " + (DeviationKind)missing)
            : table;
    }
}
