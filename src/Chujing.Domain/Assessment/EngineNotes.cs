namespace Chujing.Domain.Assessment;

/// <summary>
/// Every text the engine writes itself, in one table, Chinese beside English. Catalog rules and items carry their
/// own explanations; these are the engine's notes about them (a claim that fails, an element the processor must
/// show, a list that does not apply…). Arguments are listed in each entry's comment.
/// </summary>
internal static partial class EngineNotes
{
    // ── Exemption claims ─────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>{0} exemption name, {1} citation, {2} element title (zh), {3} element title (en), {4} reason (en) / reason (zh).</summary>
    public static readonly EngineNote ClaimFailed = new("element-failed", BasisKind.ExemptionElementFailed, "豁免主张不成立",
        "The claimed exemption '{0}' ({1}) fails: the activity contradicts its element '{3}'. {4} The national rules decide as if no exemption were claimed.",
        "所主张的豁免“{0}”（{1}）不成立：本活动与其要件“{2}”相抵触。{4}以下按未主张豁免的情形适用国家规定。");

    /// <summary>{0} citation.</summary>
    public static readonly EngineNote ExcludesImportantData = new("important-data", BasisKind.ExemptionExcludesImportantData, "豁免不涵盖重要数据",
        "The exemption reaches personal information only ({0}); the important data in the same transfer stays outside it and still needs a security assessment.",
        "该豁免仅及于个人信息（{0}）；同一出境活动中的重要数据不在豁免范围内，仍须申报数据出境安全评估。");

    // ── Element findings: {0} is the element's citation where used ─────────────────────────────────────────────

    /// <summary>{0} personal, {1} sensitive.</summary>
    public static readonly EngineNote PersonsCounted = new("no-personal-information", BasisKind.ExemptionElementFailed, "含个人信息",
        "The activity counts {0:N0} persons' personal information and {1:N0} persons' sensitive personal information, but the provision covers only data that contains no personal information.",
        "本活动计有{0:N0}人个人信息、{1:N0}人敏感个人信息，而该条仅适用于不包含个人信息的数据。");

    public static readonly EngineNote NoPersonsCounted = new("no-personal-information", BasisKind.Exemption, "不含个人信息",
        "The activity counts no person's personal information.",
        "本活动未计入任何人的个人信息。");

    public static readonly EngineNote ImportantDataPresent = new("no-important-data", BasisKind.ExemptionElementFailed, "含重要数据",
        "The activity includes notified or published important data ('Includes important data' is ticked), which the provision excludes.",
        "本活动包含被告知或公开发布的重要数据（已勾选“含重要数据”，Includes important data），而该条不适用于重要数据。");

    public static readonly EngineNote NoImportantData = new("no-important-data", BasisKind.Exemption, "不含重要数据",
        "The activity states that it includes no notified or published important data.",
        "本活动声明不包含被告知或公开发布的重要数据。");

    public static readonly EngineNote ImportantDataOutside = new("excludes-important-data", BasisKind.ExemptionExcludesImportantData, "重要数据不在豁免范围内",
        "The exemption reaches the personal information only; the important data in the same transfer stays outside it and needs a security assessment.",
        "豁免仅及于个人信息；同一出境活动中的重要数据不在豁免范围内，仍须申报数据出境安全评估。");

    public static readonly EngineNote NothingOutside = new("excludes-important-data", BasisKind.Exemption, "未含重要数据",
        "No important data is sent, so nothing lies outside the exemption on this ground.",
        "本活动未提供重要数据，此项不构成障碍。");

    public static readonly EngineNote NotCollectedAbroad = new("collected-abroad", BasisKind.ExemptionElementFailed, "并非境外收集",
        "The activity states that the personal information was not collected abroad (collectedAbroad: false), but the provision covers only personal information collected and generated abroad.",
        "本活动声明个人信息并非在境外收集（collectedAbroad: false），而该条仅适用于在境外收集和产生的个人信息。");

    public static readonly EngineNote CollectedAbroad = new("collected-abroad", BasisKind.Exemption, "境外收集",
        "The activity states that the personal information was collected and generated abroad.",
        "本活动声明个人信息系在境外收集和产生。");

    public static readonly EngineNote CollectedWhereUnknown = new("collected-abroad", BasisKind.Exemption, "收集地未说明",
        "The activity does not say where the personal information was collected (collectedAbroad); the processor must be able to show that it was collected and generated abroad.",
        "本活动未说明个人信息的收集地（collectedAbroad）；数据处理者须能证明其系在境外收集和产生。");

    public static readonly EngineNote DomesticDataAdded = new("no-domestic-data-added", BasisKind.ExemptionElementFailed, "引入境内数据",
        "The activity states that domestic personal information or important data was added while processing in China (domesticDataAdded: true), which the provision excludes.",
        "本活动声明境内处理过程中引入了境内个人信息或重要数据（domesticDataAdded: true），而该条要求处理过程中没有引入。");

    public static readonly EngineNote DomesticImportantData = new("no-domestic-data-added", BasisKind.ExemptionElementFailed, "引入重要数据",
        "The activity includes important data ('Includes important data' is ticked), but the provision requires that processing in China introduced no domestic personal information or important data.",
        "本活动包含重要数据（已勾选“含重要数据”，Includes important data），而该条要求境内处理过程中没有引入境内个人信息或者重要数据。");

    public static readonly EngineNote NoDomesticDataAdded = new("no-domestic-data-added", BasisKind.Exemption, "未引入境内数据",
        "The activity states that no domestic personal information or important data was added while processing in China.",
        "本活动声明境内处理过程中没有引入境内个人信息或重要数据。");

    public static readonly EngineNote DomesticDataUnknown = new("no-domestic-data-added", BasisKind.Exemption, "是否引入境内数据未说明",
        "The activity does not say whether domestic personal information was added in China (domesticDataAdded); the processor must be able to show that none was.",
        "本活动未说明境内处理过程中是否引入境内个人信息（domesticDataAdded）；数据处理者须能证明没有引入。");

    public static readonly EngineNote ContractBetweenOrganisations = new("individual-is-party", BasisKind.ExemptionElementFailed, "合同当事人非个人",
        "The activity states a contract between organisations (contractType: between-organisations), but the provision covers only contracts to which the individual is a party.",
        "本活动声明所涉合同为组织之间的合同（contractType: between-organisations），而该项仅适用于个人作为一方当事人的合同。");

    public static readonly EngineNote NonPartiesIncluded = new("individual-is-party", BasisKind.ExemptionElementFailed, "含非合同当事人的信息",
        "The activity sends personal information of persons who are not parties to the contract (dataSubjects: other), but the provision covers only contracts to which the individual is a party.",
        "本活动提供非合同当事人的个人信息（dataSubjects: other），而该项仅适用于个人作为一方当事人的合同。");

    public static readonly EngineNote ContractWithIndividual = new("individual-is-party", BasisKind.Exemption, "个人为合同当事人",
        "The activity states a contract to which the individuals are parties (contractType: with-individual).",
        "本活动声明所涉合同由个人作为一方当事人（contractType: with-individual）。");

    public static readonly EngineNote ContractUnknown = new("individual-is-party", BasisKind.Exemption, "合同类型未说明",
        "The activity does not say which contract the transfer serves (contractType); the processor must be able to show that the individuals are parties to it.",
        "本活动未说明出境所服务的合同（contractType）；数据处理者须能证明个人为该合同的一方当事人。");

    /// <summary>{0} the data subjects other than employees, comma-separated.</summary>
    public static readonly EngineNote NotOnlyEmployees = new("employees-only", BasisKind.ExemptionElementFailed, "不限于员工个人信息",
        "The activity sends personal information of {0} (dataSubjects), not only of employees, but the provision covers employees' personal information only.",
        "本活动提供{0}的个人信息（dataSubjects），并非仅为员工个人信息，而该项仅适用于员工个人信息。");

    public static readonly EngineNote OnlyEmployees = new("employees-only", BasisKind.Exemption, "仅员工个人信息",
        "The activity states that it sends employees' personal information only.",
        "本活动声明仅提供员工个人信息。");

    public static readonly EngineNote SubjectsUnknown = new("employees-only", BasisKind.Exemption, "信息主体未说明",
        "The activity does not say whose personal information it sends (dataSubjects); the processor must be able to show that it is employees' only.",
        "本活动未说明所提供的是谁的个人信息（dataSubjects）；数据处理者须能证明仅为员工个人信息。");

    /// <summary>{0} the day the provision takes effect, {1} the day of the decision.</summary>
    public static readonly EngineNote NotYetInForce = new("in-force", BasisKind.ExemptionElementFailed, "规定尚未施行",
        "The provision takes effect on {0:yyyy-MM-dd}; on {1:yyyy-MM-dd} it is not yet in force.",
        "该规定自{0:yyyy-MM-dd}起施行；{1:yyyy-MM-dd}尚未施行。");

    /// <summary>{0} the day the provision takes effect.</summary>
    public static readonly EngineNote InForce = new("in-force", BasisKind.Exemption, "规定已施行",
        "In force since {0:yyyy-MM-dd}.",
        "自{0:yyyy-MM-dd}起施行。");

    /// <summary>{0} citation.</summary>
    public static readonly EngineNote Burden = new("processor-burden", BasisKind.Exemption, "由数据处理者证明",
        "The engine cannot see this in an activity; the processor must be able to show it ({0}).",
        "引擎无法从出境活动中判断此项；数据处理者须能证明（{0}）。");

    /// <summary>{0} exemption name, {1} the day of the decision, {2} the national rules then in force.</summary>
    public static readonly EngineNote NotInRegime = new("not-in-regime", BasisKind.ExemptionElementFailed, "该豁免在所适用的规定中不存在",
        "The exemption '{0}' did not exist on {1:yyyy-MM-dd}: the national rules then in force ({2}) provide none. The national rules decide as if none were claimed.",
        "所主张的“{0}”豁免在{1:yyyy-MM-dd}尚不存在：当时施行的国家规定（{2}）未设此豁免。以下按未主张豁免的情形适用国家规定。");

    /// <summary>As <see cref="NotInRegime"/>, and {3} the provision that introduced the exemption later, {4} the day it took effect.</summary>
    public static readonly EngineNote NotYetIntroduced = new("not-in-regime", BasisKind.ExemptionElementFailed, "该豁免在所适用的规定中不存在",
        "The exemption '{0}' did not exist on {1:yyyy-MM-dd}: the national rules then in force ({2}) provide none; it was introduced by {3}, in force from {4:yyyy-MM-dd}. The national rules decide as if none were claimed.",
        "所主张的“{0}”豁免在{1:yyyy-MM-dd}尚不存在：当时施行的国家规定（{2}）未设此豁免，该豁免由{3}设立，自{4:yyyy-MM-dd}起施行。以下按未主张豁免的情形适用国家规定。");

    /// <summary>
    /// Added to the note on unknown important data when a claimed exemption holds but never covers important data:
    /// {0} exemption name, {1} its citation, {2} the citation of the sentence that excludes important data.
    /// </summary>
    public static readonly EngineNote ExemptionWithUnknownImportantData = new("exemption-unknown-important-data", BasisKind.UnknownFact, "豁免不涵盖可能含有的重要数据",
        "The claimed exemption '{0}' ({1}) covers the personal information, but never important data ({2}); whether the transfer includes notified or published important data is not known yet, and if it does, that data could still need a security assessment. That is why the exemption holds while the pathway is a security assessment.",
        "所主张的“{0}”豁免（{1}）及于本活动的个人信息，但不涵盖重要数据（{2}）；是否含被告知或公开发布的重要数据尚未确定，若含有，该部分仍可能须申报数据出境安全评估。因此豁免成立而路径仍为数据出境安全评估。");
}
