using System.Runtime.CompilerServices;

namespace Chujing.Domain.Classification;

/// <summary>
/// One row's person identifiers as keyed hashes (never the identifiers): at most one of each kind, in the order of
/// <see cref="Detection.DetectorSet.PersonKeyPriority"/> (resident ID, passport, mobile, e-mail, bank card). A value
/// type filled in the scan's hot loop, so that a row costs no allocation.
/// </summary>
public struct PersonIdentifiers
{
    /// <summary>The number of identifier kinds.</summary>
    public const int Kinds = 5;

    /// <summary>Kind index of the resident ID number.</summary>
    public const int ResidentId = 0;

    /// <summary>Kind index of the passport number.</summary>
    public const int Passport = 1;

    private KeyArray _keys;
    private byte _present;

    /// <summary>True when no identifier was set.</summary>
    public readonly bool IsEmpty => _present == 0;

    /// <summary>The key of kind <paramref name="kind"/>; meaningful when <see cref="Has"/> is true.</summary>
    public readonly UInt128 this[int kind] => _keys[kind];

    /// <summary>True when the row has an identifier of kind <paramref name="kind"/>.</summary>
    public readonly bool Has(int kind) => (_present & (1 << kind)) != 0;

    /// <summary>Sets the key of kind <paramref name="kind"/> (0 ≤ kind &lt; <see cref="Kinds"/>).</summary>
    public void Set(int kind, UInt128 key)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)kind, (uint)Kinds, nameof(kind));
        _keys[kind] = key;
        _present |= (byte)(1 << kind);
    }

    [InlineArray(Kinds)]
    private struct KeyArray
    {
        private UInt128 _element;
    }
}
