namespace Chujing.Domain.Consistency;

/// <summary>The basis entries that do not come from a filing or a list item.</summary>
internal static class ConsistencyBasis
{
    /// <summary>The list duty to file with the zone group before exporting under the list.</summary>
    public const string ZoneGroupFilingDuty = "zone-group-filing";

    /// <summary>The duty of <paramref name="edition"/> to file before exporting under it, or its applicability citation.</summary>
    public static DeviationBasis? ZoneGroupFiling(Catalog.CatalogEdition? edition) =>
        edition?.Duties.FirstOrDefault(d => d.Id == ZoneGroupFilingDuty) is { } duty
            ? new DeviationBasis(edition.Id + "#" + duty.Id, duty.Citation)
            : edition?.Applicability?.Citation is { } citation ? new DeviationBasis(edition.Id + "#applies", citation) : null;

    /// <summary>The supervision duty the check serves.</summary>
    public static DeviationBasis Commentary { get; } = new(
        "beijing-ftz#consistency-check",
        "专家解读（卓子寒，《中国信息安全》2024-09-03）：各自贸组团采取一致性抽验的方式，验证数据处理者实际数据出境情况与备案内容的一致性");

    /// <summary>
    /// Suspension of a filing: platform policy (no legal text found that sets it for zone-group filings), with the
    /// nearest text named as an analogue, not as a source.
    /// </summary>
    public static DeviationBasis Suspension { get; } = new(
        "chujing#filing-suspension",
        "Chujing 平台规则（平台政策，非法律条文）：一致性抽验问题升级后自贸组团可暂停备案，暂停期间依该备案出境视同备案不在有效状态；"
        + "类比《个人信息出境个人信息保护认证办法（征求意见稿）》第十三条（出境超出认证范围的暂停或撤销认证，草案）· platform policy");

    /// <summary>A field of the filing: the rule names it by its JSON path, the citation by the form's label.</summary>
    public static DeviationBasis Filed(string filingId, string field) => new("filing:" + filingId + "#" + field, "备案 " + filingId + "（" + FieldLabel(field) + "）");

    /// <summary>The filing form's label of a filing field (what a person reads in the citation).</summary>
    private static string FieldLabel(string field) => field switch
    {
        "status" => "状态",
        "scenario" => "业务场景",
        "fields" => "出境字段",
        "recipients" => "境外接收方",
        "recipients[].country" => "境外接收方所在国家或地区",
        "persons.personal" => "个人信息人数",
        "persons.sensitive" => "敏感个人信息人数",
        "pathway" => "评估结论",
        _ => field,
    };
}
