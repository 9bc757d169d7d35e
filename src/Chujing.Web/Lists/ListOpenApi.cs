using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Chujing.Web.Lists;

/// <summary>
/// The list filters in the OpenAPI document. <see cref="ListQuery"/> reads them from the query string, not from the
/// endpoint's signature, so the document generator would not see them: each list's endpoints name theirs here.
/// </summary>
public static class ListOpenApi
{
    /// <summary>The filters of the filings list (<c>GET /api/filings</c> and its export).</summary>
    public static IReadOnlyList<string> Filings { get; } = ["q", "status", "processor", "zone", "pathway", "from", "to"];

    /// <summary>The filters of the audit log (<c>GET /api/audit</c> and its export).</summary>
    public static IReadOnlyList<string> Audit { get; } = ["q", "entity", "entityId", "processor", "zone", "from", "to"];

    /// <summary>The filters of the evidence records (<c>GET /api/evidence/records</c> and its export).</summary>
    public static IReadOnlyList<string> Evidence { get; } = ["q", "processor", "zone", "from", "to", "filing"];

    /// <summary>The filters of the statistics (<c>GET /api/statistics</c> and its export).</summary>
    public static IReadOnlyList<string> Statistics { get; } = ["processor", "zone", "from", "to"];

    private static readonly Dictionary<string, (string Description, int? MaxLength, string? Format)> Described = new(StringComparer.Ordinal)
    {
        ["q"] = ("Search text (搜索), matched as a substring; case-insensitive for Latin letters.", ListQuery.MaxText, null),
        ["status"] = ("A filing status (状态): draft, submitted, under-review, approved, returned-for-correction, rejected, revoked, expired.", null, null),
        ["processor"] = ("A processor's unified social credit code (数据处理者), officials only; never widens the caller's scope.", 18, null),
        ["zone"] = ("A zone group id (自贸组团): chaoyang, haidian, changping, tongzhou, shunyi, daxing, yizhuang; never widens the caller's scope.", null, null),
        ["pathway"] = ("The decided pathway (出境路径): exempt, standard-contract-or-certification, security-assessment, other-lawful-route.", null, null),
        ["from"] = (string.Create(CultureInfo.InvariantCulture, $"The first day (日期起), Beijing time, inclusive; a range covers at most {ListQuery.MaxDays:N0} days."), 10, "date"),
        ["to"] = ("The last day (日期止), Beijing time, inclusive; not before from.", 10, "date"),
        ["entity"] = ("The kind of entity (对象类型): " + string.Join(", ", Chujing.Web.Audit.AuditLabels.Entities) + ".", ListQuery.MaxIdentifier, null),
        ["entityId"] = ("One entity's id (对象编号), e.g. a filing's F-2026-0001; matched exactly.", ListQuery.MaxIdentifier, null),
        ["filing"] = ("One filing's id (备案编号).", ListQuery.MaxIdentifier, null),
    };

    /// <summary>States <paramref name="parameters"/> (optional query parameters) on the endpoint's operation.</summary>
    public static TBuilder WithListFilters<TBuilder>(this TBuilder builder, IReadOnlyList<string> parameters)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var name in parameters.Where(n => !operation.Parameters.Any(p => p.Name == n)))
            {
                var (description, maxLength, format) = Described[name];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Required = false,
                    Description = description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength, Format = format },
                });
            }

            return Task.CompletedTask;
        });
    }
}
