namespace Chujing.Domain.Catalog;

/// <summary>The shapes of catalogs found in China.</summary>
public enum CatalogFamily
{
    /// <summary>National rules: provisions with roles.</summary>
    National,

    /// <summary>Sector → scenario → item → fields (Beijing, Shanghai, Hainan, Zhejiang…).</summary>
    Scenario,

    /// <summary>Category → sub-category → features and examples (Tianjin).</summary>
    Category,
}
