using System.Reflection;
using System.Runtime.CompilerServices;

namespace Chujing.ArchitectureTests;

/// <summary>
/// Expected outcomes are values: services return a result over the closed error set, the API and the pages each map it
/// in one place. No page catches an exception to decide what to show, and no exception type stands for "not found",
/// "forbidden" or any other expected outcome.
/// </summary>
public sealed class OutcomeTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // Bad input met deep inside streaming work (a reader, an appender) and an environment that fails: the only
    // exceptions the code declares; both are turned into values at the edge that starts the work.
    private static readonly HashSet<string> ExceptionTypes = new(StringComparer.Ordinal)
    {
        "Chujing.Domain.Diagnostics.InvalidInputException",
        "Chujing.Domain.Diagnostics.EnvironmentFailureException",
    };

    [Fact]
    public void Pages_CatchNoExceptions()
    {
        var offenders = PageCode().SelectMany(CatchesOf).ToList();
        Assert.True(offenders.Count == 0, "pages that catch exceptions (map a Result<T> with PageResults instead): " + string.Join("; ", offenders));
    }

    [Fact]
    public void ExpectedOutcomes_AreNoExceptionTypes()
    {
        var declared = Assemblies.All.SelectMany(Assemblies.SourceTypes)
            .Where(t => typeof(Exception).IsAssignableFrom(t) && !ExceptionTypes.Contains(t.FullName!))
            .Select(t => t.FullName).ToList();
        Assert.True(declared.Count == 0, "exception types for expected outcomes (return NotFoundError, ForbiddenError, ConflictError or InvalidError): " + string.Join(", ", declared));

        // Nor a way back from a result to an exception for the host to catch.
        var rethrowing = Assemblies.All.SelectMany(Assemblies.SourceTypes)
            .SelectMany(t => t.GetMethods(Declared).Where(m => m.Name == "OrThrow").Select(m => t.FullName + "." + m.Name)).ToList();
        Assert.True(rethrowing.Count == 0, "results turned back into exceptions: " + string.Join(", ", rethrowing));
    }

    /// <summary>Every type of the pages' namespace, with the compiler's types for their lambdas and async methods.</summary>
    private static IEnumerable<Type> PageCode() =>
        Assemblies.Web.GetTypes().Where(t => t.Namespace is { } ns && (ns == "Chujing.Web.Pages" || ns.StartsWith("Chujing.Web.Pages.", StringComparison.Ordinal)));

    private static IEnumerable<string> CatchesOf(Type type)
    {
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method.GetMethodBody() is not { } body)
            {
                continue;
            }

            var catches = body.ExceptionHandlingClauses
                .Where(c => c.Flags is ExceptionHandlingClauseOptions.Filter
                    || (c.Flags is ExceptionHandlingClauseOptions.Clause && c.CatchType != typeof(object)))
                .ToList();

            // An async method's state machine catches everything once, around the whole body, to fault its task.
            if (method.Name == "MoveNext" && typeof(IAsyncStateMachine).IsAssignableFrom(type)
                && catches.OrderByDescending(c => c.TryLength).FirstOrDefault() is { Flags: ExceptionHandlingClauseOptions.Clause } outer && outer.CatchType == typeof(Exception))
            {
                catches.Remove(outer);
            }

            foreach (var clause in catches)
            {
                yield return $"{Readable(type)}.{method.Name} catches {(clause.Flags is ExceptionHandlingClauseOptions.Filter ? "with a filter" : clause.CatchType!.Name)}";
            }
        }
    }

    // "Chujing.Web.Pages.X.IndexModel+<OnPostAsync>d__12" → "Chujing.Web.Pages.X.IndexModel.<OnPostAsync>".
    private static string Readable(Type type) => type.FullName!.Replace('+', '.');
}
