using MetalLb.Validation.Cli;

using var stdin = Console.OpenStandardInput();
return CliApp.Run(args, Console.In, Console.Out, Console.Error, stdin);
