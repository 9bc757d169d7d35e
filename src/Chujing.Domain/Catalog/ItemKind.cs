namespace Chujing.Domain.Catalog;

/// <summary>The two kinds of list entries.</summary>
public enum ItemKind
{
    /// <summary>重要数据.</summary>
    ImportantData,

    /// <summary>个人信息 (including sensitive personal information).</summary>
    PersonalInformation,
}
