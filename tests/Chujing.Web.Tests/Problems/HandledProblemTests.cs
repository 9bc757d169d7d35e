using System.Text.Json.Nodes;
using Chujing.Domain.Diagnostics;
using Chujing.Web.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Chujing.Web.Tests.Problems;

/// <summary>
/// Exceptions the platform answers as problems: a lost database connection in the platform's words, whether or not a
/// store wrapped it (the driver's message names the host, port and database, which are the operator's business: the
/// log has them); a body over the limit as 413 in Chinese and English.
/// </summary>
public sealed class HandledProblemTests
{
    [Fact]
    public async Task BodyOverTheLimit_Is413SayingSoInChineseAndEnglish()
    {
        var problem = await HandleAsync(new BadHttpRequestException("Request body too large. The max request body size is 30000000 bytes.", StatusCodes.Status413PayloadTooLarge));

        Assert.Equal(413, (int)problem["status"]!);
        Assert.Equal("请求内容过大 · Request too large", (string)problem["title"]!);
        Assert.Equal("请求正文超过此地址的上限（至多 30,000,000 字节）。", (string)problem["messagesZh"]![0]!);
        Assert.Contains("at most 30,000,000 bytes", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrappedConnectionFailure_Is503InThePlatformsWords_WithoutTheDriversMessage()
    {
        var driver = new NpgsqlException("Failed to connect to 10.1.2.3:5433 (database chujing_prod)");
        var problem = await HandleAsync(new EnvironmentFailureException($"ledger: cannot connect: {driver.Message}", isTransient: true, driver));

        Assert.Equal(503, (int)problem["status"]!);
        Assert.Equal(DatabaseUnavailable.Detail, (string)problem["detail"]!);
        Assert.DoesNotContain("10.1.2.3", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("chujing_prod", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherEnvironmentFailure_Is503NamingWhatIsMissing()
    {
        var problem = await HandleAsync(new EnvironmentFailureException("the assessment engine is not installed in this build (no catalogs)", isTransient: false));

        Assert.Equal(503, (int)problem["status"]!);
        Assert.Contains("not installed", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningKeyUnderAnotherKey_Is503InBothLanguages_WithoutTheStoresName()
    {
        var problem = await HandleAsync(new EnvironmentFailureException(
            "Host=10.1.2.3:5433;Port=5432;Database=chujing_prod;Log=91110115MA01D8XK31: the signing key is encrypted under key-encryption key 7b4079b62758e3f4, not under the one supplied (0011223344556677)",
            isTransient: false));

        Assert.Equal(503, (int)problem["status"]!);
        var detail = (string)problem["detail"]!;
        Assert.StartsWith("签名密钥以密钥加密密钥 7b4079b62758e3f4 加密", detail, StringComparison.Ordinal);
        Assert.Contains(" · the signing key is encrypted under key-encryption key 7b4079b62758e3f4", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("10.1.2.3", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("chujing_prod", problem.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<JsonNode> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/evidence";
        context.Request.Headers.Accept = "application/json";
        using var body = new MemoryStream();
        context.Response.Body = body;
        var handler = new PlatformExceptionHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(), NullLogger<PlatformExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));
        return JsonNode.Parse(body.ToArray())!;
    }
}
