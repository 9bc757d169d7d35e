using Chujing.Domain.Catalog;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Chujing.Persistence.Filings;

/// <summary>A pathway column holds the contract's spelling (<c>security-assessment</c>), so that SQL reads like the API.</summary>
internal static class PathwayColumn
{
    public static ValueConverter<Pathway, string> Converter { get; } = new(p => p.ToName(), s => Parse(s));

    private static Pathway Parse(string text) =>
        PathwayNames.TryParse(text, out var pathway) ? pathway : throw new FormatException($"'{text}' is not a pathway");
}
