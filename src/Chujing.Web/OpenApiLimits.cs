using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Chujing.Web;

/// <summary>
/// States the size limits of positional records in the OpenAPI document: their <see cref="MaxLengthAttribute"/>s sit
/// on constructor parameters (where model binding wants them), which the document generator does not read by itself.
/// </summary>
internal static class OpenApiLimits
{
    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (property.AssociatedParameter?.AttributeProvider?.GetCustomAttributes(typeof(MaxLengthAttribute), inherit: false) is not [MaxLengthAttribute max, ..]
                || !schema.Properties.TryGetValue(property.Name, out var target) || target is not OpenApiSchema limited)
            {
                continue;
            }

            if (limited.Type?.HasFlag(JsonSchemaType.Array) == true)
            {
                limited.MaxItems = max.Length;
            }
            else
            {
                limited.MaxLength = max.Length;
            }
        }

        return Task.CompletedTask;
    }
}
