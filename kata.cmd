@echo off
rem kata.cmd - the workshop's companion on Windows: progress, hints, tests, doctor, the 3 AM demo.
rem Runs kata-cli\target\kata-cli.jar, building it first when it is missing or older than its
rem sources. Arguments and exit code pass straight through.
setlocal
set "KATA_ROOT=%~dp0"
if "%KATA_ROOT:~-1%"=="\" set "KATA_ROOT=%KATA_ROOT:~0,-1%"
set "KATA_JAR=%KATA_ROOT%\kata-cli\target\kata-cli.jar"

rem The same Java the Maven wrapper will use: JAVA_HOME first, then the PATH.
if defined JAVA_HOME (
  set "KATA_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "KATA_JAVA=java"
)
if defined JAVA_HOME if not exist "%JAVA_HOME%\bin\java.exe" (
  echo kata: JAVA_HOME is set to "%JAVA_HOME%", but there is no bin\java.exe in it. 1>&2
  echo       Point JAVA_HOME at a JDK 17 or newer, or remove it to use the java on your PATH. 1>&2
  exit /b 1
)
if not defined JAVA_HOME (
  where java >nul 2>nul
  if errorlevel 1 (
    echo kata: no Java found. This workshop needs a JDK 17 or newer ^(e.g. Temurin 17 or 21^). 1>&2
    echo       Install one, then set JAVA_HOME or put its bin folder on your PATH. 1>&2
    exit /b 1
  )
)

rem The major version must be 17 or newer ("java -version" prints e.g. version "17.0.15").
set "KATA_JAVA_MAJOR="
for /f "tokens=3" %%v in ('call "%KATA_JAVA%" -version 2^>^&1 ^| findstr /i "version"') do set "KATA_JAVA_VERSION=%%~v"
for /f "tokens=1,2 delims=." %%a in ("%KATA_JAVA_VERSION%") do (
  if "%%a"=="1" (set "KATA_JAVA_MAJOR=%%b") else (set "KATA_JAVA_MAJOR=%%a")
)
if not defined KATA_JAVA_MAJOR set "KATA_JAVA_MAJOR=0"
if %KATA_JAVA_MAJOR% LSS 17 (
  echo kata: "%KATA_JAVA%" is Java %KATA_JAVA_VERSION%; the workshop needs a JDK 17 or newer. 1>&2
  echo       Install one ^(e.g. Temurin 17 or 21^) and point JAVA_HOME at it. 1>&2
  exit /b 1
)

rem Build when the jar is missing or anything it is made of changed since (PowerShell compares dates).
set "KATA_BUILD=no"
set "KATA_BUILD_WHY=building the kata tool (first run only)..."
if not exist "%KATA_JAR%" set "KATA_BUILD=yes"
if "%KATA_BUILD%"=="no" (
  set "KATA_BUILD_WHY=rebuilding the kata tool (its sources changed)..."
  powershell -NoProfile -NonInteractive -Command "$j=(Get-Item -LiteralPath $env:KATA_JAR).LastWriteTime; $n=Get-ChildItem -Recurse -File -LiteralPath (Join-Path $env:KATA_ROOT 'kata-cli\src\main'),(Join-Path $env:KATA_ROOT 'testkit\src\main'),(Join-Path $env:KATA_ROOT 'kata-cli\pom.xml') | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }" >nul 2>nul
  if errorlevel 1 set "KATA_BUILD=yes"
)
if "%KATA_BUILD%"=="no" goto run
rem Outside any ( block ), so the parentheses in the message are just text.
echo %KATA_BUILD_WHY% 1>&2
if not exist "%KATA_ROOT%\target\kata" mkdir "%KATA_ROOT%\target\kata"
pushd "%KATA_ROOT%"
call mvnw.cmd -q -B -pl kata-cli -am package -P kata-tool -DskipTests > "%KATA_ROOT%\target\kata\kata-build.log" 2>&1
set "KATA_BUILD_EXIT=%ERRORLEVEL%"
popd
if not "%KATA_BUILD_EXIT%"=="0" (
  echo kata: building the tool failed. Read %KATA_ROOT%\target\kata\kata-build.log 1>&2
  exit /b 1
)
copy /b "%KATA_JAR%"+,, "%KATA_JAR%" >nul

:run
pushd "%KATA_ROOT%"
"%KATA_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dkata.root="%KATA_ROOT%" -Dkata.launcher=kata -jar "%KATA_JAR%" %*
set "KATA_EXIT=%ERRORLEVEL%"
popd
exit /b %KATA_EXIT%
