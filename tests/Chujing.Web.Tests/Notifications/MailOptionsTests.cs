using Chujing.Web.Notifications;
using Microsoft.Extensions.Configuration;

namespace Chujing.Web.Tests.Notifications;

/// <summary>The <c>Mail</c> section as an operator writes it: settings bound, the password read from a file, a wrong setting named.</summary>
public sealed class MailOptionsTests
{
    [Fact]
    public void Section_IsBound_AndThePasswordComesFromTheFileNamedInTheEnvironment()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "s3cret-from-file\n");
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Mail:Host"] = "smtp.example.gov.cn",
                ["Mail:Port"] = "465",
                ["Mail:Security"] = "tls",
                ["Mail:From"] = "chujing@example.gov.cn",
                ["Mail:UserName"] = "chujing",
                ["Mail:RetryDelay"] = "00:01:00",
            }).Build();

            var options = MailOptions.FromConfiguration(configuration, name => name == MailOptions.PasswordFileEnvironmentVariable ? file : null);

            Assert.True(options.IsConfigured);
            Assert.Equal(("smtp.example.gov.cn", 465, "tls", "chujing"), (options.Host, options.Port, options.Security, options.UserName));
            Assert.Equal("s3cret-from-file", options.Password);
            Assert.Equal(TimeSpan.FromMinutes(1), options.RetryDelay);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void NoHost_SendsNothing()
    {
        var options = MailOptions.FromConfiguration(new ConfigurationBuilder().Build(), _ => null);
        Assert.False(options.IsConfigured);
    }

    [Theory]
    [InlineData("Mail:From", "nobody", "Mail:From must be an e-mail address")]
    [InlineData("Mail:Security", "ssl3", "Mail:Security must be starttls, tls or none, not 'ssl3'")]
    [InlineData("Mail:Port", "70000", "Mail:Port must be 1–65535, not 70000")]
    public void WrongSetting_StopsTheStart_NamingIt(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { ["Mail:Host"] = "smtp.example.gov.cn", ["Mail:From"] = "chujing@example.gov.cn", [key] = value };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var refused = Assert.Throws<InvalidOperationException>(() => MailOptions.FromConfiguration(configuration, _ => null));
        Assert.StartsWith(message, refused.Message, StringComparison.Ordinal);
    }
}
