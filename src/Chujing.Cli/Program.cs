return await Chujing.Cli.ChujingCommand.RunAsync(args).ConfigureAwait(false);
