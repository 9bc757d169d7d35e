using System.Reflection;
using System.Runtime.CompilerServices;

namespace Chujing.ArchitectureTests;

/// <summary>The domain owns no dependency and holds only values that cannot change once made.</summary>
public sealed class DomainTests
{
    // Known and kept for now: the tree head's hashes are byte[] because the ledger stores, bundles and the JSON head
    // (base64) are written from them; a change of type changes those formats and waits for its own step.
    private static readonly HashSet<string> KnownArrays = new(StringComparer.Ordinal)
    {
        "Chujing.Domain.Evidence.TreeHead.RootHash",
        "Chujing.Domain.Evidence.TreeHead.Signature",
    };

    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        var foreign = Assemblies.Domain.GetReferencedAssemblies().Select(a => a.Name!).Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard").ToList();
        Assert.True(foreign.Count == 0, "Chujing.Domain references " + string.Join(", ", foreign));
    }

    [Fact]
    public void PublicDomainTypes_HaveNoSettablePropertiesAndNoArrays()
    {
        var problems = new List<string>();
        foreach (var type in Assemblies.Domain.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                {
                    problems.Add($"{type.FullName}.{property.Name} has a public setter");
                }

                if (property.PropertyType.IsArray && !KnownArrays.Contains(type.FullName + "." + property.Name))
                {
                    problems.Add($"{type.FullName}.{property.Name} is an array ({property.PropertyType.Name}): its contents can change and records compare it by reference");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    problems.Add($"{type.FullName}.{field.Name} is a writable public field");
                }

                if (field.FieldType.IsArray)
                {
                    problems.Add($"{type.FullName}.{field.Name} is an array field");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
