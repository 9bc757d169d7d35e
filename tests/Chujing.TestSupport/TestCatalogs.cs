namespace Chujing.TestSupport;

/// <summary>Small catalogs written for tests.</summary>
public static class TestCatalogs
{
    /// <summary>
    /// A complete scenario-based list <c>x-ftz/2024</c> for zone <c>x</c>: one scenario <c>sc1</c> with one
    /// personal-information item <c>i1</c> (standard contract from 10 persons) naming one field.
    /// </summary>
    public const string MinimalList = """
        id: x-ftz/2024
        family: scenario
        title: 测试清单
        effective: 2024-01-01
        applicability: {zone: x, ciioExcluded: true, requiresApproval: true}
        coverage: {items: 1}
        sources:
          - {id: s1, title: Source one}
        domains:
          - id: d1
            name: 领域
            scenarios:
              - id: sc1
                name: 场景
                citation: 清单第一条
                provenance: {sources: [s1], confidence: one-source}
                items:
                  - id: i1
                    kind: personal-information
                    name: 条目
                    pathway: standard-contract-or-certification
                    thresholds:
                      - {counter: personal, atLeast: 10, pathway: standard-contract-or-certification}
                    fields:
                      - {id: f1, name: 姓名, detectors: [person-name], synonyms: [name]}
                    citation: 清单第一条第一项
                    provenance: {sources: [s1], confidence: one-source}
        """;
}
