using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Chujing.Persistence;

/// <summary>
/// The columns' values as the provider stores them, through the model's value converters. A converted object is
/// reused for every row of the batch that holds the same instance: a batch's rows often share one list (the basis of
/// a deviation kind), and converting a list writes it as JSON each time. Values of value types are converted each time,
/// and so is every instance past the first <see cref="Shared"/> of a column (rows that each hold their own list).
/// </summary>
internal sealed class ProviderValues(IReadOnlyList<ValueConverter?> converters)
{
    /// <summary>Distinct instances per column whose converted value is kept.</summary>
    private const int Shared = 64;

    private readonly Dictionary<object, object?>?[] _converted = new Dictionary<object, object?>?[converters.Count];

    /// <summary>The provider's value of <paramref name="value"/> in column <paramref name="column"/>; null stays null.</summary>
    public object? Of(int column, object? value)
    {
        if (value is null || converters[column] is not { } converter)
        {
            return value;
        }

        if (value is ValueType)
        {
            return converter.ConvertToProvider(value);
        }

        var converted = _converted[column] ??= new Dictionary<object, object?>(ReferenceEqualityComparer.Instance);
        if (!converted.TryGetValue(value, out var stored))
        {
            stored = converter.ConvertToProvider(value);
            if (converted.Count < Shared)
            {
                converted.Add(value, stored);
            }
        }

        return stored;
    }
}
