using System.Text.Json;
using Chujing.Domain.Catalog;
using Chujing.Domain.Serialization;
using Chujing.Domain.Text;

namespace Chujing.Domain.Tests.Text;

/// <summary>Every enum of the domain is spelled in text exactly as the JSON converters write it.</summary>
public sealed class KebabNamesTests
{
    public static TheoryData<Type> DomainEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Pathway).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DomainEnums))]
    public void Of_EveryValue_EqualsTheJsonSpelling_AndParsesBack(Type enumType)
    {
        var of = typeof(KebabNames).GetMethod(nameof(KebabNames.Of))!.MakeGenericMethod(enumType);
        var parse = typeof(KebabNames).GetMethod(nameof(KebabNames.TryParse))!.MakeGenericMethod(enumType);
        foreach (var value in Enum.GetValues(enumType))
        {
            var name = (string)of.Invoke(null, [value])!;
            Assert.Equal(JsonSerializer.Serialize(value, enumType, JsonConventions.Compact), "\"" + name + "\"");
            object?[] args = [name, null];
            Assert.True((bool)parse.Invoke(null, args)!);
            Assert.Equal(value, args[1]);
        }
    }

    [Fact]
    public void PathwayAndExemptionNames_AreTheContractSpellings()
    {
        Assert.Equal(["exempt", "standard-contract-or-certification", "security-assessment", "other-lawful-route"], PathwayNames.All);
        Assert.Equal("cross-border-hr", Exemption.CrossBorderHr.ToName());
    }
}
