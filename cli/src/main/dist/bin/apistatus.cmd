@echo off
rem apistatus: the command-line linter with JVM settings for a short run (see bin/apistatus for why).
rem Class-data sharing is left to the JVM here; JAVA_OPTS is added last.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn24m -XX:-UsePerfData %JAVA_OPTS% -jar "%~dp0..\lib\apistatus-cli.jar" %*
exit /b %ERRORLEVEL%
