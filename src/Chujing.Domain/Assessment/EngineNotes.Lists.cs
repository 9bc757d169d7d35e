namespace Chujing.Domain.Assessment;

/// <summary>The engine's notes on free-trade-zone lists, their items and the national rules' fixed notes.</summary>
internal static partial class EngineNotes
{
    // ── Whether the list applies ──────────────────────────────────────────────────────────────────────────────

    /// <summary>{0} zone (en: capitalised, e.g. Beijing; zh: its Chinese name), {1} edition title.</summary>
    public static readonly EngineNote ListApplies = new("applies", BasisKind.ListApplies, "适用负面清单",
        "The processor is in the {0} Free Trade Zone, approved to use '{1}' and not a CIIO, so the list applies (art. 6).",
        "数据处理者位于{0}自由贸易试验区、已获准使用“{1}”且不是关键信息基础设施运营者，清单适用（第六条）。");

    /// <summary>{0} edition title, {1} its effective day, {2} the day of the decision.</summary>
    public static readonly EngineNote ListNotInForce = new("not-in-force", BasisKind.ListNotInForce, "负面清单尚未施行",
        "'{0}' takes effect on {1:yyyy-MM-dd}; on {2:yyyy-MM-dd} it is not yet in force, so the national rules decide.",
        "“{0}”自{1:yyyy-MM-dd}起施行；{2:yyyy-MM-dd}尚未施行，按国家规定判断。");

    /// <summary>{0} edition title.</summary>
    public static readonly EngineNote ListCiio = new("not-applicable", BasisKind.ListNotApplicable, "负面清单不适用",
        "'{0}' does not apply: critical information infrastructure operators cannot use free-trade-zone lists; the national rules decide.",
        "“{0}”不适用：关键信息基础设施运营者不适用自由贸易试验区负面清单，按国家规定判断。");

    /// <summary>{0} edition title, {1} the list's zone, {2} where the processor is (en: "in no free trade zone" / zh).</summary>
    public static readonly EngineNote ListOtherZone = new("not-applicable", BasisKind.ListNotApplicable, "负面清单不适用",
        "'{0}' does not apply: it serves processors of the {1} zone and this processor is {2}; the national rules decide.",
        "“{0}”不适用：该清单适用于“{1}”自贸区的数据处理者，而本数据处理者{2}；按国家规定判断。");

    /// <summary>{0} edition title.</summary>
    public static readonly EngineNote ListNotApproved = new("not-applicable", BasisKind.ListNotApplicable, "负面清单不适用",
        "'{0}' does not apply: the processor has not been approved by its zone group to use the list; the national rules decide.",
        "“{0}”不适用：数据处理者未获所在自贸组团批准使用清单，按国家规定判断。");

    /// <summary>{0} edition title, {1} domain name, {2} the exclusion's citation.</summary>
    public static readonly EngineNote ListExcluded = new("not-applicable", BasisKind.ListNotApplicable, "负面清单不适用",
        "'{0}' does not apply: its {1} part excludes autonomous-driving firms ({2}); the national rules decide.",
        "“{0}”不适用：其{1}部分不适用于自动驾驶企业（{2}），按国家规定判断。");

    public static readonly EngineNote NoScenario = new("no-scenario", BasisKind.ListNoScenario, "未指明清单场景或字段，按国家规定判断",
        "The activity names no scenario or field of the list, so the national rules decide; name them to use the list.",
        "本活动未指明清单的场景或字段，按国家规定判断；如需适用清单，请指明。");

    public static readonly EngineNote OutsideList = new("outside-list", BasisKind.OutsideList, "负面清单外的数据免予申报",
        "Inside a listed scenario, data the list does not name may leave without any of the three pathways (art. 6).",
        "在清单所列场景内，清单未列明的数据可免予三种路径出境（第六条）。");

    /// <summary>{0} items encoded, {1} items of the official edition, {2} edition title.</summary>
    public static readonly EngineNote Incomplete = new("incomplete", BasisKind.IncompleteEdition, "清单未完整收录，按国家标准判断",
        "The catalog encodes {0} of the {1} items of '{2}', so it cannot show that this personal information lies outside the list; the national bands of arts. 7 and 8 are applied.",
        "本目录仅收录“{2}”{1}项中的{0}项，无法表明该个人信息不在清单内，按《规定》第七条、第八条的国家标准判断。");

    /// <summary>{0} the criterion's text.</summary>
    public static readonly EngineNote ReferenceCriterion = new("reference-criterion", BasisKind.ReferenceCriterion, "重要数据识别参考规则",
        "The count exceeds the important-data reference criterion '{0}': such data may be important data once notified or published (art. 2).",
        "人数超过重要数据识别参考规则“{0}”：此类数据一经告知或公开发布即可能属于重要数据（第二条）。");

    // ── Items: {0} is the item's name ────────────────────────────────────────────────────────────────────────────

    public static readonly EngineNote ItemImportantData = new("listed", BasisKind.ListItem, "清单所列重要数据",
        "The list names '{0}' as important data, which needs a security assessment.",
        "清单将“{0}”列为重要数据，须申报数据出境安全评估。");

    public static readonly EngineNote ItemBandsReached = new("listed", BasisKind.ListItem, "达到清单阈值",
        "The list's bands for '{0}' are reached.",
        "达到清单对“{0}”规定的人数阈值。");

    public static readonly EngineNote ItemImportantBelow = new("below", BasisKind.ListItem, "未达到清单规模",
        "The list counts '{0}' as important data only from its band, which the activity does not reach, so the list does not name this data.",
        "清单仅在达到其规模时才将“{0}”认定为重要数据，本活动未达到，清单不涉及该数据。");

    public static readonly EngineNote ItemBelow = new("below", BasisKind.ListItem, "未达到清单阈值",
        "The list's bands for '{0}' are not reached, so this data may leave without any of the three pathways.",
        "未达到清单对“{0}”规定的人数阈值，该数据可免予三种路径出境。");

    public static readonly EngineNote ItemBandsUnknown = new("bands-unknown", BasisKind.BandsUnknown, "清单阈值未公开，按国家标准判断",
        "The list names '{0}' but no public source gives its person-count bands, so the national bands of arts. 7 and 8 are applied.",
        "清单列有“{0}”，但其人数阈值未见公开来源，按《规定》第七条、第八条的国家标准判断。");

    public static readonly EngineNote ItemPublished = new("published", BasisKind.PublishedImportantData, "清单公布的重要数据",
        "The list does not apply to this processor, but it publishes '{0}' as important data: if the processor has been notified of it, tick 'Includes important data' (含重要数据) (art. 2).",
        "清单虽不适用于本数据处理者，但其公布“{0}”为重要数据：如已被告知，请勾选“含重要数据”（Includes important data）（第二条）。");

    public static readonly EngineNote ItemFieldsUnknown = new("fields-unknown", BasisKind.FieldsUnknown, "字段未公开，按落入该条目处理",
        "No public source gives the fields of '{0}', so the personal information sent in this scenario is taken to fall under it.",
        "“{0}”的字段未见公开来源，本场景出境的个人信息按落入该条目处理。");

    public static readonly EngineNote ItemOtherRoute = new("other-route", BasisKind.OtherLawfulRoute, "只能通过其他合法途径出境",
        "'{0}' may leave only by another lawful route (human genetic resources reporting and backup), in every scenario.",
        "“{0}”在任何场景下均只能通过其他合法途径（人类遗传资源信息对外提供的报告和备份）出境。");

    /// <summary>{0} name, {1} pathway (en: id; zh: label).</summary>
    public static readonly EngineNote CategoryListed = new("listed", BasisKind.ListItem, "目录所列数据类别",
        "The catalogue lists '{0}', which needs {1}.",
        "目录列有“{0}”，须{1}。");

    public static readonly EngineNote CategoryBandsUnknown = new("bands-unknown", BasisKind.BandsUnknown, "目录未给出阈值，按国家标准判断",
        "The catalogue lists '{0}' but gives no person-count bands, so the national bands of arts. 7 and 8 are applied.",
        "目录列有“{0}”但未给出人数阈值，按《规定》第七条、第八条的国家标准判断。");

    public static readonly EngineNote CategoryPublished = new("published", BasisKind.PublishedImportantData, "目录公布的数据类别",
        "The catalogue does not apply to this processor, but it publishes '{0}': if the processor has been notified of it as important data, tick 'Includes important data' (含重要数据) (art. 2).",
        "目录虽不适用于本数据处理者，但其公布“{0}”：如已被告知其为重要数据，请勾选“含重要数据”（Includes important data）（第二条）。");

    /// <summary>{0} the exception's text, {1} pathway (en: id; zh: label).</summary>
    public static readonly EngineNote ItemException = new("exception", BasisKind.ItemException, "符合条目例外情形",
        "The processor meets the item's exception ({0}), so it needs {1}.",
        "数据处理者符合该条目的例外情形（{0}），须{1}。");

    /// <summary>{0} entry name, {1} its confidence, {2} the minimum asked.</summary>
    public static readonly EngineNote BelowMinConfidence = new("below-min-confidence", BasisKind.BelowMinConfidence, "低于所要求的可信度，不予采用",
        "'{0}' rests on sources of confidence '{1}', below the minimum asked ('{2}'), so it is set aside and the national rules decide what it would have decided.",
        "“{0}”的来源可信度为“{1}”，低于所要求的最低可信度（“{2}”），不予采用，由国家规定判断。");

    /// <summary>{0} item name, {1} the counter (en / zh).</summary>
    public static readonly EngineNote CounterUnbanded = new("counter-unbanded", BasisKind.BandsUnknown, "清单未就该计数给出人数",
        "The list gives '{0}' no figure for {1}, so the national bands decide that counter.",
        "清单未就{1}给出“{0}”的人数，该计数按国家标准判断。");

    // ── National fixed notes ─────────────────────────────────────────────────────────────────────────────────

    public static readonly EngineNote NothingRegulated = new("no-regulated-data", BasisKind.NothingRegulated, "未向境外提供个人信息或重要数据",
        "No personal information and no important data is sent, so none of the conditions of arts. 7 and 8 is met.",
        "未向境外提供个人信息或重要数据，不符合第七条、第八条规定的任何情形。");

    public static readonly EngineNote NothingRegulatedCiio = new("no-regulated-data", BasisKind.NothingRegulated, "未向境外提供个人信息或重要数据",
        "No personal information and no important data is sent, so art. 7(1) does not apply.",
        "未向境外提供个人信息或重要数据，不适用第七条第一款第（一）项。");

    /// <summary>The Chinese label of a pathway, for sentences ("须申报数据出境安全评估").</summary>
    public static string PathwayZh(Catalog.Pathway pathway) => pathway switch
    {
        Catalog.Pathway.Exempt => "免予申报",
        Catalog.Pathway.StandardContractOrCertification => "订立标准合同或通过个人信息保护认证",
        Catalog.Pathway.SecurityAssessment => "申报数据出境安全评估",
        _ => "通过其他合法途径出境",
    };

    /// <summary>A basis entry from a note about <paramref name="rule"/>: the note's kind, title and both sentences.</summary>
    public static BasisEntry Entry(EngineNote note, string rule, string citation, Catalog.Pathway? pathway, object?[] en, object?[]? zh = null) =>
        new(rule, citation, note.En(en), pathway)
        {
            Title = note.Title,
            ExplanationZh = note.Zh(zh ?? en),
            Kind = note.Kind,
        };
}
