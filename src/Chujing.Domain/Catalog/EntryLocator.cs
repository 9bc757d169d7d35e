namespace Chujing.Domain.Catalog;

/// <summary>
/// Where an entry of an edition (an item, a band, a provenance…) was written: 1-based line and column, or (0, 0)
/// when unknown. A loader passes one to <see cref="CatalogEdition.Validate(EntryLocator?)"/> so that diagnostics keyed
/// by entry id also name the line.
/// </summary>
public delegate (int Line, int Column) EntryLocator(object entry);
