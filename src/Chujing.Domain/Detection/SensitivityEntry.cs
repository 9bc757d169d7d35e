namespace Chujing.Domain.Detection;

/// <summary>How one detected type is classed under GB/T 45574-2025.</summary>
/// <param name="TypeId">The scanner type id.</param>
/// <param name="Personal">True when the type is personal information at all.</param>
/// <param name="Sensitive">True when it is sensitive personal information.</param>
/// <param name="Category">The category, Chinese then English.</param>
/// <param name="Note">Why, when the classing needs a word.</param>
public sealed record SensitivityEntry(string TypeId, bool Personal, bool Sensitive, string Category, string? Note)
{
    public string TypeId { get; } = !string.IsNullOrWhiteSpace(TypeId) ? TypeId : throw new ArgumentException("A type id is required.", nameof(TypeId));

    public string Category { get; } = Category ?? string.Empty;
}
