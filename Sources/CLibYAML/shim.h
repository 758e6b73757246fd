#ifndef I2GW_CLIBYAML_SHIM_H
#define I2GW_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
